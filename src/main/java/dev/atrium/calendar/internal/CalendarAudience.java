package dev.atrium.calendar.internal;

import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Subject;
import dev.atrium.access.Viewer;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonRef;
import dev.atrium.realtime.StreamAudience;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who hears a calendar's stream: the people who follow it, that is who read it through a grant and
 * who overlay it while they may still see at least its free/busy. Not everyone holding free/busy:
 * every personal calendar grants that to the whole company, and a change there concerns only the
 * few who look at it. Suspended people hear nothing.
 */
@Component
public class CalendarAudience implements StreamAudience {

  private final CalendarsTable calendars;
  private final ResourceAccess access;
  private final OrgDirectory directory;

  CalendarAudience(CalendarsTable calendars, ResourceAccess access, OrgDirectory directory) {
    this.calendars = calendars;
    this.access = access;
    this.directory = directory;
  }

  @Override
  public Collection<UUID> followedBy(UUID personId) {
    return directory
        .find(personId)
        .filter(person -> !person.suspended())
        .map(person ->
            calendars.listed(viewer(person)).stream().map(CalendarRow::id).toList())
        .orElse(List.of());
  }

  @Override
  public Collection<UUID> audience(UUID calendarId) {
    Set<UUID> people =
        new LinkedHashSet<>(access.people(CalendarResources.CALENDAR, calendarId, "reader"));
    for (UUID subscriber : calendars.subscribers(calendarId)) {
      if (people.contains(subscriber)) {
        continue;
      }
      directory
          .find(subscriber)
          .filter(person -> !person.suspended())
          .filter(person -> access.rank(viewer(person), CalendarResources.CALENDAR, calendarId) > 0)
          .ifPresent(person -> people.add(person.id()));
    }
    return people;
  }

  private Viewer viewer(PersonRef person) {
    return access.viewer(new Subject(person.id(), person.guest()));
  }
}
