package dev.atrium.chat.internal;

import dev.atrium.chat.ChannelRole;
import dev.atrium.chat.ChatStreamEvent.MemberJoined;
import dev.atrium.chat.ChatStreamEvent.MemberLeft;
import dev.atrium.chat.ChatStreamEvent.MemberUpdated;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The one write path of channel membership: each change is a row and a stream entry
 * ({@code member.joined}, {@code member.left}, {@code member.updated}) in the caller's transaction.
 */
@Component
public class Memberships {

  private final MembersTable members;
  private final ChannelStream stream;

  Memberships(MembersTable members, ChannelStream stream) {
    this.members = members;
    this.stream = stream;
  }

  /** Adds the person (a {@code member.joined} entry to everyone, them included); false when they were in. */
  public boolean add(UUID channelId, UUID personId, ChannelRole role, Instant at) {
    if (!members.add(channelId, personId, role, at)) {
      return false;
    }
    stream.append(channelId, at, new ArrayList<>(members.of(channelId)), seq -> new MemberJoined(personId));
    return true;
  }

  /** Removes the person; the leaver hears of it too, so their other devices drop the channel. False when they were out. */
  public boolean remove(UUID channelId, UUID personId, Instant at) {
    List<UUID> recipients = members.of(channelId);
    if (!members.remove(channelId, personId)) {
      return false;
    }
    stream.append(channelId, at, recipients, seq -> new MemberLeft(personId));
    return true;
  }

  public void changeRole(UUID channelId, UUID personId, ChannelRole role, Instant at) {
    members.setRole(channelId, personId, role);
    stream.append(channelId, at, members.of(channelId), seq -> new MemberUpdated(personId, role));
  }
}
