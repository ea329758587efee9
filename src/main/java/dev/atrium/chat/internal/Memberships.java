package dev.atrium.chat.internal;

import dev.atrium.access.Grant;
import dev.atrium.access.Grantee;
import dev.atrium.access.ResourceAccess;
import dev.atrium.chat.ChannelAccess;
import dev.atrium.chat.ChannelRole;
import dev.atrium.chat.ChannelSettings;
import dev.atrium.chat.ChatStreamEvent.ChannelUpdated;
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

  /** Above this many changes at once, {@link #announce} writes one entry for all of them. */
  static final int ONE_BY_ONE = 20;

  /** The view of a channel for no one in particular: only its own fields are read. */
  private static final UUID NOBODY = new UUID(0, 0);

  private final MembersTable members;
  private final ChannelsTable channels;
  private final ChannelStream stream;
  private final ResourceAccess access;

  Memberships(
      MembersTable members, ChannelsTable channels, ChannelStream stream, ResourceAccess access) {
    this.members = members;
    this.channels = channels;
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

  /**
   * Announces changes already written set-based ({@link DepartmentSeats}): a {@code member.joined}
   * or {@code member.left} entry per person when they are few, as {@link #add} and {@link #remove}
   * write them; when more than {@link #ONE_BY_ONE} changed at once (an org import seating thousands
   * in the company channel), one {@code channel.updated} entry instead, to the members and the
   * leavers, on which a client reloads its list of channels and the channel's members. Thousands of
   * entries would cost three statements and a push to every member each, and a client that missed
   * more than a thousand resets the channel anyway. The recipients are read once.
   */
  public void announce(UUID channelId, List<UUID> joined, List<UUID> left, Instant at) {
    if (joined.isEmpty() && left.isEmpty()) {
      return;
    }
    List<UUID> stay = members.of(channelId);
    if (joined.size() + left.size() > ONE_BY_ONE) {
      List<UUID> recipients = new ArrayList<>(stay);
      recipients.addAll(left);
      ChannelSettings settings = channels.view(channelId, NOBODY).orElseThrow().settings();
      stream.append(channelId, at, recipients, seq -> new ChannelUpdated(settings));
      return;
    }
    for (UUID person : left) {
      List<UUID> recipients = new ArrayList<>(stay);
      recipients.add(person); // the leaver hears of it too, so their other devices drop the channel
      stream.append(channelId, at, recipients, seq -> new MemberLeft(person));
    }
    for (UUID person : joined) {
      stream.append(channelId, at, stay, seq -> new MemberJoined(person));
    }
  }

  /** How many hold the kept role (owners): a channel others are in keeps at least one. */
  public int owners(UUID channelId) {
    return access
        .holders(ChannelAccess.TYPE, channelId, ChannelRole.OWNER.grantRole())
        .size();
  }
}
