package dev.atrium.chat.internal;

import dev.atrium.access.Grant;
import dev.atrium.access.Grantee;
import dev.atrium.access.ResourceAccess;
import dev.atrium.chat.ChannelAccess;
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
 * The one write path of channel membership: each change is a row, the member's grant in access
 * (their role) and a stream entry ({@code member.joined}, {@code member.left},
 * {@code member.updated}) in the caller's transaction. The row and the grant come and go together,
 * so "in the channel" and "holds a role on it" never disagree. The kept role (an owner) is
 * chat's to enforce, with its own errors ({@code chat.last-owner}) and exceptions (direct and
 * department channels have no owner): grants are written with {@link ResourceAccess#hold}.
 */
@Component
public class Memberships {

  private final MembersTable members;
  private final ChannelStream stream;
  private final ResourceAccess access;

  Memberships(MembersTable members, ChannelStream stream, ResourceAccess access) {
    this.members = members;
    this.stream = stream;
    this.access = access;
  }

  /** Adds the person (a {@code member.joined} entry to everyone, them included); false when they were in. */
  public boolean add(UUID channelId, UUID personId, ChannelRole role, Instant at) {
    if (!enter(channelId, personId, role, at)) {
      return false;
    }
    stream.append(
        channelId, at, new ArrayList<>(members.of(channelId)), seq -> new MemberJoined(personId));
    return true;
  }

  /**
   * Adds the person with no stream entry of their own, for a new channel announced once for all its
   * members (a department's); false when they were in.
   */
  public boolean enter(UUID channelId, UUID personId, ChannelRole role, Instant at) {
    if (!members.add(channelId, personId, at)) {
      return false;
    }
    access.hold(
        ChannelAccess.TYPE,
        channelId,
        new Grant(new Grantee.Person(personId), role.grantRole()),
        null);
    return true;
  }

  /** Removes the person; the leaver hears of it too, so their other devices drop the channel. False when they were out. */
  public boolean remove(UUID channelId, UUID personId, Instant at) {
    List<UUID> recipients = members.of(channelId);
    if (!members.remove(channelId, personId)) {
      return false;
    }
    access.release(ChannelAccess.TYPE, channelId, new Grantee.Person(personId));
    stream.append(channelId, at, recipients, seq -> new MemberLeft(personId));
    return true;
  }

  public void changeRole(UUID channelId, UUID personId, ChannelRole role, Instant at) {
    access.hold(
        ChannelAccess.TYPE,
        channelId,
        new Grant(new Grantee.Person(personId), role.grantRole()),
        null);
    stream.append(channelId, at, members.of(channelId), seq -> new MemberUpdated(personId, role));
  }

  /** How many hold the kept role (owners): a channel others are in keeps at least one. */
  public int owners(UUID channelId) {
    return access
        .holders(ChannelAccess.TYPE, channelId, ChannelRole.OWNER.grantRole())
        .size();
  }
}
