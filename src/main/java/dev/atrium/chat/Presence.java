package dev.atrium.chat;

import dev.atrium.access.Subject;
import dev.atrium.chat.internal.MembersTable;
import dev.atrium.chat.internal.StatusTable;
import dev.atrium.org.DirectorySearch;
import dev.atrium.realtime.Connection;
import dev.atrium.realtime.Frame;
import dev.atrium.realtime.PresenceAudience;
import dev.atrium.realtime.RealtimeGateway;
import dev.atrium.shared.AfterCommit;
import dev.atrium.shared.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Presence as people see it: online, away or offline from the realtime nodes' socket counts (kept
 * in memory, never stored), and do not disturb, which a person sets and which is stored here.
 */
@Service
public class Presence implements PresenceAudience {

  /** The most people one request may ask about (a sidebar's direct conversations fit). */
  public static final int MAX_PEOPLE = 200;

  private final RealtimeGateway realtime;
  private final StatusTable statuses;
  private final MembersTable members;
  private final DirectorySearch directory;
  private final ObjectMapper json;
  private final Clock clock;

  Presence(
      RealtimeGateway realtime,
      StatusTable statuses,
      MembersTable members,
      DirectorySearch directory,
      ObjectMapper json,
      Clock clock) {
    this.realtime = realtime;
    this.statuses = statuses;
    this.members = members;
    this.directory = directory;
    this.json = json;
    this.clock = clock;
  }

  /** The presence of those of {@code people} the caller may see; the others are left out, as unknown ids are. */
  @Transactional(readOnly = true)
  public List<PersonPresence> of(Subject subject, List<UUID> people) {
    if (people.size() > MAX_PEOPLE) {
      throw DomainException.badRequest(
          "chat.too-many-people", "Ask about at most " + MAX_PEOPLE + " people at once.");
    }
    Set<UUID> visible = visibleTo(subject, people);
    List<UUID> distinct = people.stream().distinct().filter(visible::contains).toList();
    Map<UUID, Connection> connections = realtime.connections(distinct);
    Map<UUID, StatusTable.Dnd> dnd = statuses.dnd(distinct);
    Instant now = clock.instant();
    return distinct.stream()
        .map(person -> view(person, connections.get(person), dnd.get(person), now))
        .toList();
  }

  /**
   * Whose presence the subject may learn: whom the directory shows them (everyone, for all but a
   * guest), themselves, and the people they share a channel with, whose names they see there anyway.
   */
  @Override
  @Transactional(readOnly = true)
  public Set<UUID> visibleTo(Subject subject, Collection<UUID> people) {
    Set<UUID> visible = new HashSet<>(directory.visible(subject, people));
    if (people.contains(subject.personId())) {
      visible.add(subject.personId());
    }
    if (visible.size() < people.size()) {
      visible.addAll(members.sharingAChannelWith(subject.personId(), people));
    }
    return visible;
  }

  /** Turns do not disturb on for the caller; watchers of them and their own other tabs hear it. */
  @Transactional
  public PersonPresence setDoNotDisturb(Subject subject, SetDoNotDisturb command) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    Instant until = command.until() == null ? null : command.until().truncatedTo(ChronoUnit.MICROS);
    if (until != null && !until.isAfter(now)) {
      throw DomainException.badRequest("chat.dnd-until-past", "Choose a time in the future.");
    }
    statuses.setDnd(subject.personId(), until, now);
    return announce(subject.personId());
  }

  @Transactional
  public PersonPresence clearDoNotDisturb(Subject subject) {
    statuses.clearDnd(subject.personId());
    return announce(subject.personId());
  }

  private PersonPresence announce(UUID personId) {
    Instant now = clock.instant();
    PersonPresence presence = view(
        personId,
        realtime.connections(List.of(personId)).get(personId),
        statuses.dnd(List.of(personId)).get(personId),
        now);
    Frame frame = new Frame.Signal("presence", json.valueToTree(presence));
    AfterCommit.run(() -> {
      realtime.sendToWatchers(personId, frame);
      realtime.send(List.of(personId), frame);
    });
    return presence;
  }

  private static PersonPresence view(
      UUID person, @Nullable Connection connection, StatusTable.@Nullable Dnd dnd, Instant now) {
    boolean on = dnd != null && (dnd.until() == null || dnd.until().isAfter(now));
    return new PersonPresence(
        person,
        connection == null ? Connection.OFFLINE : connection,
        on,
        on && dnd != null ? dnd.until() : null);
  }
}
