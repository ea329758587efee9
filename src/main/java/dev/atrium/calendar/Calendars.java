package dev.atrium.calendar;

import dev.atrium.access.Access;
import dev.atrium.access.Grant;
import dev.atrium.access.GranteeKind;
import dev.atrium.access.Permission;
import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Scope;
import dev.atrium.access.Subject;
import dev.atrium.access.Viewer;
import dev.atrium.calendar.internal.CalendarResources;
import dev.atrium.calendar.internal.CalendarRow;
import dev.atrium.calendar.internal.CalendarStream;
import dev.atrium.calendar.internal.CalendarsTable;
import dev.atrium.calendar.internal.EventsTable;
import dev.atrium.files.StoredFiles;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonRef;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendars, their grants and who overlays them. Everyone has a personal calendar, made on first
 * use: its owner manages it and the company sees its free/busy. A team's calendar is shared by its
 * managers' grants; a department's is read by the department's subtree. A calendar one may not see
 * even the free/busy of answers 404, as if it did not exist.
 */
@Service
public class Calendars {

  static final String DEFAULT_COLOR = "blue";

  private final CalendarsTable calendars;
  private final EventsTable events;
  private final CalendarStream stream;
  private final ResourceAccess resources;
  private final Access access;
  private final OrgDirectory directory;
  private final StoredFiles files;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;

  Calendars(
      CalendarsTable calendars,
      EventsTable events,
      CalendarStream stream,
      ResourceAccess resources,
      Access access,
      OrgDirectory directory,
      StoredFiles files,
      ApplicationEventPublisher publisher,
      Clock clock) {
    this.calendars = calendars;
    this.events = events;
    this.stream = stream;
    this.resources = resources;
    this.access = access;
    this.directory = directory;
    this.files = files;
    this.publisher = publisher;
    this.clock = clock;
  }

  /** My personal calendar first, then the ones I read through a grant or overlay, by name. */
  @Transactional
  public CalendarList mine(Subject subject) {
    personalCalendarOf(subject.personId());
    Viewer viewer = resources.viewer(subject);
    return new CalendarList(calendars.listed(viewer).stream()
        .map(row -> info(row, subject.personId()))
        .toList());
  }

  @Transactional(readOnly = true)
  public CalendarInfo get(Subject subject, UUID calendarId) {
    return info(visible(resources.viewer(subject), calendarId), subject.personId());
  }

  /** A person's personal calendar as I may see it (its free/busy at least), made if it is their first use. */
  @Transactional
  public CalendarInfo ofPerson(Subject subject, UUID personId) {
    directory
        .find(personId)
        .orElseThrow(() -> DomainException.notFound("calendar.not-found", "No such calendar."));
    return info(
        visible(resources.viewer(subject), personalCalendarOf(personId)), subject.personId());
  }

  /**
   * The person's personal calendar, made now if they have none: named after them, managed by them,
   * its free/busy open to the company, overlaid on their own view.
   */
  @Transactional
  public UUID personalCalendarOf(UUID personId) {
    return calendars.personalOf(personId).orElseGet(() -> {
      PersonRef person = directory
          .find(personId)
          .orElseThrow(() -> DomainException.notFound("calendar.not-found", "No such calendar."));
      UUID id = Ids.newId();
      if (!calendars.insert(
          id,
          person.name(),
          "",
          CalendarKind.PERSONAL,
          personId,
          null,
          DEFAULT_COLOR,
          "UTC",
          now())) {
        // made meanwhile by a concurrent first use
        return calendars.personalOf(personId).orElseThrow();
      }
      resources.replace(
          CalendarResources.CALENDAR,
          id,
          List.of(
              new Grant(
                  GranteeKind.PERSON.grantee(personId),
                  CalendarResources.role(CalendarRole.MANAGER)),
              new Grant(
                  GranteeKind.COMPANY.grantee(null),
                  CalendarResources.role(CalendarRole.FREEBUSY))),
          personId);
      calendars.subscribe(personId, id, DEFAULT_COLOR, true);
      return id;
    });
  }

  /** Opens a team's or a department's calendar; its creator manages it and overlays it. */
  @Transactional
  public CalendarInfo create(Subject subject, CreateCalendar command) {
    if (subject.guest()) {
      throw DomainException.forbidden(
          "calendar.guest-not-allowed", "Guests use the calendars shared with them.");
    }
    UUID me = subject.personId();
    List<CalendarGrant> grants = new ArrayList<>();
    UUID departmentId = null;
    switch (command.kind()) {
      case TEAM -> {
        if (command.grants() != null) {
          grants.addAll(command.grants());
        }
      }
      case DEPARTMENT -> {
        departmentId = command.departmentId();
        if (departmentId == null) {
          throw DomainException.badRequest(
              "calendar.department-required", "A department's calendar names its department.");
        }
        List<UUID> path = directory
            .departmentPath(departmentId)
            .orElseThrow(() ->
                DomainException.badRequest("calendar.department-not-found", "No such department."));
        boolean member =
            !directory.withinSubtrees(List.of(me), List.of(departmentId)).isEmpty();
        if (!member && !access.can(subject, Permission.ORG_MANAGE, Scope.department(path))) {
          throw DomainException.forbidden(
              "calendar.not-in-department",
              "Only the department's people and administrators open its calendars.");
        }
        grants.add(
            new CalendarGrant(GranteeKind.DEPARTMENT, departmentId, null, CalendarRole.READER));
        if (command.grants() != null) {
          grants.addAll(command.grants());
        }
      }
      case PERSONAL, ROOM ->
        throw DomainException.badRequest(
            "calendar.kind-invalid",
            "Open a team's or a department's calendar; personal and room calendars come by themselves.");
    }
    grants.add(new CalendarGrant(GranteeKind.PERSON, me, null, CalendarRole.MANAGER));
    UUID id = Ids.newId();
    String color = color(command.color());
    calendars.insert(
        id,
        name(command.name()),
        description(command.description()),
        command.kind(),
        me,
        departmentId,
        color,
        zone(command.timeZone()),
        now());
    replace(id, grants, me);
    calendars.subscribe(me, id, color, true);
    calendars.lock(id);
    stream.append(id, new CalendarStreamEvent.CalendarUpdatedEntry(id));
    return get(subject, id);
  }

  /** Changes the calendar's name, description, colour or time zone (its managers). */
  @Transactional
  public CalendarInfo update(Subject subject, UUID calendarId, UpdateCalendar command) {
    CalendarRow row = managed(lockedView(subject, calendarId));
    calendars.update(
        calendarId,
        command.name() == null ? row.name() : name(command.name()),
        command.description() == null ? row.description() : description(command.description()),
        command.color() == null ? row.color() : color(command.color()),
        command.timeZone() == null ? row.timeZone() : zone(command.timeZone()),
        command.timeZone() != null,
        now());
    stream.append(calendarId, new CalendarStreamEvent.CalendarUpdatedEntry(calendarId));
    return get(subject, calendarId);
  }

  /**
   * Deletes a team's or department's calendar with its events for good (its managers); their
   * attendees hear of the cancellation. A personal or a room's calendar goes only with its person
   * or room.
   */
  @Transactional
  public void delete(Subject subject, UUID calendarId) {
    CalendarRow row = managed(lockedView(subject, calendarId));
    if (row.kind() == CalendarKind.PERSONAL || row.kind() == CalendarKind.ROOM) {
      throw DomainException.conflict(
          "calendar.calendar-kept", "A personal or a room's calendar cannot be deleted.");
    }
    stream.append(calendarId, new CalendarStreamEvent.CalendarUpdatedEntry(calendarId));
    List<EventsTable.Invited> invited = events.upcomingWithAttendees(calendarId, now());
    files.release(Events.FILE_OWNER, events.idsIn(calendarId));
    calendars.delete(calendarId);
    resources.forget(CalendarResources.CALENDAR, List.of(calendarId));
    invited.forEach(event -> publisher.publishEvent(new EventCancelled(
        event.eventId(), calendarId, subject.personId(), event.attendees(), null)));
  }

  /** The calendar's grants with the names of whom they name (its managers). */
  @Transactional(readOnly = true)
  public List<CalendarGrant> grants(Subject subject, UUID calendarId) {
    managed(visible(resources.viewer(subject), calendarId));
    return grantList(calendarId);
  }

  private List<CalendarGrant> grantList(UUID calendarId) {
    return resources.grantsOn(CalendarResources.CALENDAR, calendarId).stream()
        .map(g -> {
          GranteeKind kind = GranteeKind.of(g.grantee());
          return kind == null
              ? null
              : new CalendarGrant(
                  kind,
                  g.grantee().id(),
                  label(kind, g.grantee().id()),
                  CalendarResources.calendarRole(g.role()));
        })
        .filter(Objects::nonNull)
        .sorted(Comparator.comparing((CalendarGrant g) -> -g.role().rank())
            .thenComparing(g -> g.kind().name())
            .thenComparing(g -> String.valueOf(g.id())))
        .toList();
  }

  /**
   * Replaces the calendar's grants. Each names an existing person, department or group, or the
   * company; one named twice keeps its strongest role; a person or department must stay manager,
   * and a personal calendar's owner always does. A manager may leave themselves out (a room's
   * approval handed over); the answer is then the last they see of the grants.
   */
  @Transactional
  public List<CalendarGrant> replaceGrants(
      Subject subject, UUID calendarId, ReplaceCalendarGrants command) {
    CalendarRow row = managed(lockedView(subject, calendarId));
    List<CalendarGrant> wanted = new ArrayList<>(command.grants());
    if (row.kind() == CalendarKind.PERSONAL) {
      wanted.add(new CalendarGrant(GranteeKind.PERSON, row.ownerId(), null, CalendarRole.MANAGER));
    }
    replace(calendarId, wanted, subject.personId());
    stream.append(calendarId, new CalendarStreamEvent.CalendarUpdatedEntry(calendarId));
    // not grants(subject, …): a manager may hand the calendar over and keep no role on it
    return grantList(calendarId);
  }

  /** Overlays a calendar I may see at least the free/busy of, or changes its colour or visibility. */
  @Transactional
  public CalendarInfo subscribe(Subject subject, UUID calendarId, SubscribeCalendar command) {
    CalendarRow row = visible(resources.viewer(subject), calendarId);
    String color = command.color() == null
        ? row.subscribed() ? Objects.requireNonNull(row.subscribedColor()) : row.color()
        : color(command.color());
    boolean shown = command.visible() == null ? row.visible() : command.visible();
    calendars.subscribe(subject.personId(), calendarId, color, shown);
    return get(subject, calendarId);
  }

  /** Stops overlaying a calendar; one I read through a grant stays in my list. */
  @Transactional
  public void unsubscribe(Subject subject, UUID calendarId) {
    visible(resources.viewer(subject), calendarId);
    calendars.unsubscribe(subject.personId(), calendarId);
  }

  private void replace(UUID calendarId, List<CalendarGrant> wanted, UUID by) {
    Map<String, CalendarGrant> merged = new LinkedHashMap<>();
    for (CalendarGrant grant : wanted) {
      UUID id = checkGrantee(grant.kind(), grant.id());
      merged.merge(
          grant.kind() + ":" + id,
          new CalendarGrant(grant.kind(), id, null, grant.role()),
          (a, b) -> a.role().compareTo(b.role()) >= 0 ? a : b);
    }
    if (merged.values().stream()
        .noneMatch(g -> g.role() == CalendarRole.MANAGER
            && (g.kind() == GranteeKind.PERSON || g.kind() == GranteeKind.DEPARTMENT))) {
      throw DomainException.badRequest(
          "calendar.needs-manager",
          "A calendar needs a manager: a person or a department with the MANAGER role.");
    }
    resources.replace(
        CalendarResources.CALENDAR,
        calendarId,
        merged.values().stream()
            .map(g -> new Grant(g.kind().grantee(g.id()), CalendarResources.role(g.role())))
            .toList(),
        by);
  }

  private @Nullable UUID checkGrantee(GranteeKind kind, @Nullable UUID id) {
    if (!kind.fits(id) || !directory.exists(kind.grantee(id))) {
      throw DomainException.badRequest(
          "calendar.grantee-not-found", "No such person, department or group.");
    }
    return id;
  }

  private @Nullable String label(GranteeKind kind, @Nullable UUID id) {
    if (id == null) {
      return null;
    }
    return switch (kind) {
      case DEPARTMENT -> directory.departmentName(id).orElse(null);
      case PERSON -> directory.find(id).map(PersonRef::name).orElse(null);
      case GROUP, COMPANY -> null;
    };
  }

  /** The calendar if the viewer may see at least its free/busy, else 404. */
  CalendarRow visible(Viewer viewer, UUID calendarId) {
    return calendars
        .view(calendarId, viewer)
        .filter(c -> c.rank() > 0)
        .orElseThrow(Calendars::notFound);
  }

  /** The calendar locked until commit, if the subject may see it. */
  private CalendarRow lockedView(Subject subject, UUID calendarId) {
    if (!calendars.lock(calendarId)) {
      throw notFound();
    }
    return visible(resources.viewer(subject), calendarId);
  }

  private static CalendarRow managed(CalendarRow row) {
    if (!row.manageable()) {
      throw DomainException.forbidden(
          "calendar.not-manager", "Only the calendar's managers may do this.");
    }
    return row;
  }

  static DomainException notFound() {
    return DomainException.notFound("calendar.not-found", "No such calendar.");
  }

  static CalendarInfo info(CalendarRow row, UUID me) {
    return new CalendarInfo(
        row.id(),
        row.name(),
        row.description(),
        row.kind(),
        row.subscribed() ? Objects.requireNonNull(row.subscribedColor()) : row.color(),
        row.timeZone(),
        row.timeZoneChosen(),
        CalendarRole.ofRank(row.rank()),
        row.ownerId(),
        row.departmentId(),
        row.subscribed(),
        row.visible(),
        row.kind() == CalendarKind.PERSONAL && row.ownerId().equals(me),
        row.lastSeq());
  }

  private static String name(String name) {
    String value = name.strip();
    if (value.isEmpty() || value.length() > 100) {
      throw DomainException.badRequest(
          "calendar.calendar-name-invalid", "A calendar needs a name of at most 100 characters.");
    }
    return value;
  }

  private static String description(@Nullable String description) {
    String value = description == null ? "" : description.strip();
    if (value.length() > 2000) {
      throw DomainException.badRequest(
          "calendar.description-too-long", "A calendar's description is at most 2,000 characters.");
    }
    return value;
  }

  private static String color(@Nullable String color) {
    return color == null || color.isBlank() ? DEFAULT_COLOR : color.strip();
  }

  /** An IANA time zone, as stored (UTC when none is given). */
  static String zone(@Nullable String zone) {
    if (zone == null || zone.isBlank()) {
      return "UTC";
    }
    return zoneId(zone).getId();
  }

  /** Only IANA names (and UTC): an offset such as +08:00 knows no daylight-saving rules. */
  public static ZoneId zoneId(String zone) {
    String name = zone.strip();
    if (!ZoneId.getAvailableZoneIds().contains(name)) {
      throw DomainException.badRequest(
          "calendar.time-zone-unknown",
          "Unknown time zone: use an IANA name such as Asia/Shanghai.");
    }
    return ZoneId.of(name);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
