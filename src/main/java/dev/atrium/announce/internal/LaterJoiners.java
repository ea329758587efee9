package dev.atrium.announce.internal;

import dev.atrium.access.Affiliation;
import dev.atrium.announce.AnnouncementDelivered;
import dev.atrium.announce.Audience;
import dev.atrium.org.GroupMembersChanged;
import dev.atrium.org.MembershipsChanged;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.OrgImported;
import dev.atrium.org.PersonCreated;
import dev.atrium.org.PersonReactivated;
import dev.atrium.org.PersonRef;
import dev.atrium.org.PersonUpdated;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Delivers published announcements that include later joiners to people who join their audience
 * after publication: a newcomer, someone moved into an audience department, given a secondary
 * department, added to a group, or reactivated. It follows org after org's commit, durably, and is
 * idempotent (a recipient is delivered to once), so a replay changes nothing. Nobody loses an
 * announcement by leaving its audience: it was delivered to them.
 */
@Component
class LaterJoiners {

  private final AnnouncementsTable announcements;
  private final RecipientsTable recipients;
  private final OrgDirectory directory;
  private final ObjectMapper json;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  LaterJoiners(
      AnnouncementsTable announcements,
      RecipientsTable recipients,
      OrgDirectory directory,
      ObjectMapper json,
      ApplicationEventPublisher events,
      Clock clock) {
    this.announcements = announcements;
    this.recipients = recipients;
    this.directory = directory;
    this.json = json;
    this.events = events;
    this.clock = clock;
  }

  @ApplicationModuleListener(condition = "!#event.imported()")
  void on(PersonCreated event) {
    follow(List.of(event.personId()));
  }

  @ApplicationModuleListener(condition = "!#event.imported()")
  void on(PersonUpdated event) {
    if (event.changedFields().contains("primaryDepartmentId")) {
      follow(List.of(event.personId()));
    }
  }

  /** An import's newcomers and movers at once: its per-person events pass by (no publication each). */
  @ApplicationModuleListener
  void on(OrgImported event) {
    List<UUID> people = new ArrayList<>(event.createdPeopleIds());
    people.addAll(event.movedPeopleIds());
    follow(people);
  }

  @ApplicationModuleListener
  void on(MembershipsChanged event) {
    follow(List.of(event.personId()));
  }

  @ApplicationModuleListener
  void on(PersonReactivated event) {
    follow(List.of(event.personId()));
  }

  @ApplicationModuleListener
  void on(GroupMembersChanged event) {
    follow(event.personIds());
  }

  private void follow(Collection<UUID> people) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    List<AnnouncementRow> following = announcements.followingJoiners(now);
    if (following.isEmpty()) {
      return;
    }
    // read once: an import follows thousands of people through here
    Map<AnnouncementRow, Audience> audiences = new LinkedHashMap<>();
    following.forEach(row -> audiences.put(row, json.readValue(row.audience(), Audience.class)));
    for (UUID personId : people) {
      Optional<PersonRef> person = directory.find(personId).filter(p -> !p.suspended());
      if (person.isEmpty()) {
        continue;
      }
      Affiliation affiliation = directory.affiliation(personId);
      Optional<UUID> department = person.get().departmentPath().isEmpty()
          ? Optional.empty()
          : Optional.of(person.get().departmentPath().getLast());
      for (var entry : audiences.entrySet()) {
        AnnouncementRow row = entry.getKey();
        if (reaches(entry.getValue(), person.get(), affiliation)
            && recipients.deliver(row.id(), Map.of(personId, department), now) > 0) {
          announcements.addRecipients(row.id(), 1);
          events.publishEvent(new AnnouncementDelivered(row.id(), List.of(personId)));
        }
      }
    }
  }

  /** The Java twin of {@code OrgDirectory.audience} for one active person. */
  static boolean reaches(Audience audience, PersonRef person, Affiliation affiliation) {
    if (audience.excludedPeople().contains(person.id())) {
      return false;
    }
    if (audience.people().contains(person.id())
        || audience.groups().stream().anyMatch(affiliation.groups()::contains)) {
      return true;
    }
    if (person.guest()) {
      return false;
    }
    return audience.company()
        || audience.departments().stream()
            .anyMatch(d -> d.subtree()
                ? affiliation.subtrees().contains(d.id())
                : affiliation.departments().contains(d.id()));
  }
}
