package dev.atrium.chat;

import dev.atrium.access.Subject;
import dev.atrium.chat.internal.ChannelsTable;
import dev.atrium.chat.internal.Memberships;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group conversations: a few people talking without making a channel of it. Created with a list of
 * people and no name (clients show the members' names); anyone in it may add people, up to
 * {@link #MAX_MEMBERS} in all, and anyone may leave. Its creator is its first owner.
 */
@Service
public class GroupConversations {

  /** The most people a group conversation holds, its creator included. */
  public static final int MAX_MEMBERS = 50;

  private final Channels channels;
  private final ChannelsTable channelRows;
  private final Memberships memberships;
  private final ApplicationEventPublisher events;

  GroupConversations(
      Channels channels,
      ChannelsTable channelRows,
      Memberships memberships,
      ApplicationEventPublisher events) {
    this.channels = channels;
    this.channelRows = channelRows;
    this.memberships = memberships;
    this.events = events;
  }

  /** Starts the group; over {@link #MAX_MEMBERS} people, or anyone unknown or suspended, stores nothing. */
  @Transactional
  public Channel create(Subject subject, StartGroup command) {
    Channels.refuseGuest(subject);
    Set<UUID> people = new LinkedHashSet<>();
    people.add(subject.personId());
    people.addAll(command.personIds());
    if (people.size() > MAX_MEMBERS) {
      throw tooLarge(HttpStatus.BAD_REQUEST);
    }
    if (people.size() < 2) {
      throw DomainException.badRequest("chat.group-too-small", "Add at least one other person.");
    }
    people.forEach(channels::activePerson);
    UUID id = Ids.newId();
    Instant now = channels.now();
    channelRows.insert(id, ChannelKind.GROUP, null, null, subject.personId(), now, null);
    for (UUID person : people) {
      memberships.add(
          id,
          person,
          person.equals(subject.personId()) ? ChannelRole.OWNER : ChannelRole.MEMBER,
          now);
    }
    events.publishEvent(new ChannelCreated(id, ChannelKind.GROUP, null));
    return channels.view(id, subject);
  }

  static DomainException tooLarge(HttpStatus status) {
    return new DomainException(
        status,
        "chat.group-too-large",
        "A group conversation holds at most " + MAX_MEMBERS + " people; make a channel for more.",
        Map.of("max", MAX_MEMBERS));
  }
}
