package dev.atrium.chat;

import dev.atrium.access.Subject;
import dev.atrium.chat.internal.ChannelStream;
import dev.atrium.chat.internal.ChannelsTable;
import dev.atrium.chat.internal.MembersTable;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonRef;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Channels and who is in them. Anyone but a guest may create channels, see and join public ones
 * and open direct conversations; a guest uses only the channels they were invited to. A channel
 * one may not see answers 404, as if it did not exist.
 */
@Service
public class Channels {

  private final ChannelsTable channels;
  private final MembersTable members;
  private final ChannelStream stream;
  private final OrgDirectory directory;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Channels(ChannelsTable channels, MembersTable members, ChannelStream stream, OrgDirectory directory,
           ApplicationEventPublisher events, Clock clock) {
    this.channels = channels;
    this.members = members;
    this.stream = stream;
    this.directory = directory;
    this.events = events;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<Channel> mine(Subject subject) {
    return channels.of(subject.personId());
  }

  @Transactional(readOnly = true)
  public Channel get(Subject subject, UUID channelId) {
    return visible(subject, channelId);
  }

  @Transactional
  public Channel create(Subject subject, CreateChannel command) {
    refuseGuest(subject);
    if (command.kind() == ChannelKind.DIRECT) {
      throw DomainException.badRequest("chat.kind-invalid", "Open a direct conversation with a person instead.");
    }
    String name = command.name().strip();
    String topic = command.topic() == null || command.topic().isBlank() ? null : command.topic().strip();
    UUID id = Ids.newId();
    Instant now = now();
    channels.insert(id, command.kind(), name, topic, subject.personId(), now, null);
    join(id, subject.personId(), ChannelRole.OWNER, now);
    events.publishEvent(new ChannelCreated(id, command.kind(), name));
    return channels.view(id, subject.personId()).orElseThrow();
  }

  /** Joins a public channel; joining one's own channel again changes nothing. */
  @Transactional
  public Channel join(Subject subject, UUID channelId) {
    Channel channel = visible(subject, channelId);
    if (channel.role() == null) {
      join(channelId, subject.personId(), ChannelRole.MEMBER, now());
    }
    return channels.view(channelId, subject.personId()).orElseThrow();
  }

  /** Adds someone: to a private channel only its owner may, to a public one any member. */
  @Transactional
  public Channel invite(Subject subject, UUID channelId, InviteMember command) {
    Channel channel = member(subject, channelId);
    if (channel.kind() == ChannelKind.DIRECT) {
      throw DomainException.badRequest("chat.direct-members-fixed", "A direct conversation is between two people.");
    }
    if (channel.kind() == ChannelKind.PRIVATE && channel.role() != ChannelRole.OWNER) {
      throw DomainException.forbidden("chat.not-owner", "Only the channel's owner may invite to it.");
    }
    activePerson(command.personId());
    join(channelId, command.personId(), ChannelRole.MEMBER, now());
    return channels.view(channelId, subject.personId()).orElseThrow();
  }

  @Transactional
  public void leave(Subject subject, UUID channelId) {
    Channel channel = member(subject, channelId);
    if (channel.kind() == ChannelKind.DIRECT) {
      throw DomainException.badRequest("chat.direct-cannot-leave", "A direct conversation cannot be left.");
    }
    // the leaver hears of it too, so their other devices drop the channel
    List<UUID> recipients = members.of(channelId);
    members.remove(channelId, subject.personId());
    stream.append(channelId, "member.left", now(), recipients, seq -> new MemberChange(subject.personId()));
  }

  /** Stars or unstars a conversation for the caller alone (their sidebar's Starred section). */
  @Transactional
  public Channel star(Subject subject, UUID channelId, boolean starred) {
    Channel channel = member(subject, channelId);
    if (channel.starred() == starred) {
      return channel;
    }
    members.star(channelId, subject.personId(), starred);
    Channel now = channels.view(channelId, subject.personId()).orElseThrow();
    events.publishEvent(new ChannelViewChanged(subject.personId(), now));
    return now;
  }

  /** The direct conversation with one person, opened on first use; the same pair always gets the same channel. */
  @Transactional
  public Channel openDirect(Subject subject, OpenDirect command) {
    refuseGuest(subject);
    activePerson(command.personId());
    UUID me = subject.personId();
    UUID other = command.personId();
    String pair = me.compareTo(other) <= 0 ? me + ":" + other : other + ":" + me;
    UUID id = channels.direct(pair).orElse(null);
    if (id == null) {
      UUID fresh = Ids.newId();
      Instant now = now();
      if (channels.insert(fresh, ChannelKind.DIRECT, null, null, me, now, pair)) {
        join(fresh, me, ChannelRole.MEMBER, now);
        join(fresh, other, ChannelRole.MEMBER, now);
      }
      id = channels.direct(pair).orElseThrow();
    }
    return channels.view(id, me).orElseThrow();
  }

  /** The channel, if the subject may see it: a member, or anyone but a guest for a public channel. */
  Channel visible(Subject subject, UUID channelId) {
    return visibleOrEmpty(subject, channelId)
        .orElseThrow(() -> DomainException.notFound("chat.channel-not-found", "No such channel."));
  }

  /** The channel, if the subject may see it, else empty. */
  java.util.Optional<Channel> visibleOrEmpty(Subject subject, UUID channelId) {
    return channels.view(channelId, subject.personId())
        .filter(c -> c.role() != null || (c.kind() == ChannelKind.PUBLIC && !subject.guest()));
  }

  /** The channel, if the subject is in it; a public channel one is not in refuses with 403. */
  Channel member(Subject subject, UUID channelId) {
    Channel channel = visible(subject, channelId);
    if (channel.role() == null) {
      throw DomainException.forbidden("chat.not-member", "Join the channel first.");
    }
    return channel;
  }

  Instant now() {
    // timestamptz keeps microseconds; an instant that survives the round trip keeps pushed and fetched copies equal
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private void join(UUID channelId, UUID personId, ChannelRole role, Instant at) {
    if (members.add(channelId, personId, role, at)) {
      List<UUID> recipients = new ArrayList<>(members.of(channelId));
      stream.append(channelId, "member.joined", at, recipients, seq -> new MemberChange(personId));
    }
  }

  private PersonRef activePerson(UUID personId) {
    return directory.find(personId).filter(p -> !p.suspended())
        .orElseThrow(() -> DomainException.notFound("chat.person-not-found", "No such person."));
  }

  private static void refuseGuest(Subject subject) {
    if (subject.guest()) {
      throw DomainException.forbidden("chat.guest-not-allowed", "Guests use only the channels they are invited to.");
    }
  }
}
