package dev.atrium.chat.internal;

import dev.atrium.chat.ChannelRole;
import dev.atrium.chat.MemberChange;
import dev.atrium.chat.MemberRole;
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
    stream.append(channelId, "member.joined", at, new ArrayList<>(members.of(channelId)), seq -> new MemberChange(personId));
    return true;
  }

  /** Removes the person; the leaver hears of it too, so their other devices drop the channel. False when they were out. */
  public boolean remove(UUID channelId, UUID personId, Instant at) {
    List<UUID> recipients = members.of(channelId);
    if (!members.remove(channelId, personId)) {
      return false;
    }
    stream.append(channelId, "member.left", at, recipients, seq -> new MemberChange(personId));
    return true;
  }

  public void changeRole(UUID channelId, UUID personId, ChannelRole role, Instant at) {
    members.setRole(channelId, personId, role);
    stream.append(channelId, "member.updated", at, members.of(channelId), seq -> new MemberRole(personId, role));
  }
}
