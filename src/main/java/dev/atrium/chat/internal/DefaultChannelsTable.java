package dev.atrium.chat.internal;

import dev.atrium.chat.DefaultChannel;
import dev.atrium.shared.data.Timestamps;
import dev.atrium.shared.data.UuidArrays;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes {@code chat.default_channel}, the administrator's list in their order, and
 * {@code chat.default_channels_given}, who has joined them once.
 */
@Repository
public class DefaultChannelsTable {

  private final JdbcClient jdbc;

  DefaultChannelsTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<DefaultChannel> all() {
    return jdbc.sql("""
        select c.id, c.name, c.archived from chat.default_channel d join chat.channel c on c.id = d.channel_id
        order by d.position
        """)
        .query((rs, row) -> new DefaultChannel(
            rs.getObject("id", UUID.class), rs.getString("name"), rs.getBoolean("archived")))
        .list();
  }

  public void replace(List<UUID> channelIds) {
    jdbc.sql("delete from chat.default_channel").update();
    for (int i = 0; i < channelIds.size(); i++) {
      jdbc.sql("insert into chat.default_channel (channel_id, position) values (?, ?)")
          .params(channelIds.get(i), i)
          .update();
    }
  }

  /** Records that these people were given the default channels; answers those who had not been. */
  public List<UUID> markAllGiven(Collection<UUID> people, Instant at) {
    if (people.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
        insert into chat.default_channels_given (person_id, given_at)
        select p, ? from unnest(cast(? as uuid[])) p order by p
        on conflict do nothing returning person_id
        """)
        .params(Timestamps.at(at), UuidArrays.literal(people))
        .query(UUID.class)
        .list();
  }

  /** Records that the person was given the default channels; false when they had been already. */
  public boolean markGiven(UUID personId, Instant at) {
    return jdbc.sql(
                "insert into chat.default_channels_given (person_id, given_at) values (?, ?) on conflict do nothing")
            .params(personId, Timestamps.at(at))
            .update()
        == 1;
  }
}
