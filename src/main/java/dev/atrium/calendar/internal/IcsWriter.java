package dev.atrium.calendar.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableClazz;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes events as an iCalendar file (RFC 5545) that phones, Outlook and Apple Calendar read: a
 * VTIMEZONE for every zone used, each series as one VEVENT with its RRULE and EXDATEs (never
 * expanded), each changed occurrence as a VEVENT of the same UID with its RECURRENCE-ID, times in
 * their own zone (TZID) so a weekly 9:00 stays 9:00 across daylight saving, all-day events as dates.
 * A busy-only event tells its time and nothing else.
 */
public final class IcsWriter {

  /** What a busy-only event is called: the word Outlook and Google use for a hidden event. */
  static final String BUSY = "Busy";

  private static final TimeZoneRegistry ZONES =
      TimeZoneRegistryFactory.getInstance().createRegistry();

  private IcsWriter() {}

  public static byte[] write(String calendarName, List<IcsEvent> events) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Atrium//Calendar//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new XProperty("X-WR-CALNAME", calendarName));
    Set<ZoneId> zones = new LinkedHashSet<>();
    events.stream().filter(e -> !e.allDay() && !utc(e.zone())).forEach(e -> zones.add(e.zone()));
    zones.forEach(zone -> calendar.add(ZONES.getTimeZone(zone.getId()).getVTimeZone()));
    events.forEach(event -> calendar.add(event(event)));
    StringWriter out = new StringWriter();
    try {
      // validation off: a VEVENT with RECURRENCE-ID and a VTIMEZONE from the registry are valid,
      // and ical4j's validator would refuse properties other clients write and read (X-WR-CALNAME)
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static VEvent event(IcsEvent e) {
    VEvent event = new VEvent(false);
    event.add(new DtStamp(e.stamp()));
    event.add(new Uid(e.uid()));
    event.add(new Sequence(e.sequence()));
    event.add(new DtStart<>(time(e, e.start())));
    event.add(new DtEnd<>(time(e, e.end())));
    if (e.recurrenceId() != null) {
      event.add(new RecurrenceId<>(time(e, e.recurrenceId())));
    }
    if (e.rrule() != null) {
      event.add(new RRule<>(new Recur<>(e.rrule())));
    }
    if (!e.exdates().isEmpty()) {
      List<Temporal> dates = e.exdates().stream().map(at -> time(e, at)).toList();
      event.add(
          e.allDay() || utc(e.zone())
              ? new ExDate<>(new DateList<>(dates))
              : new ExDate<>(
                  new ParameterList(List.of(new TzId(e.zone().getId()))), new DateList<>(dates)));
    }
    if (e.cancelled()) {
      event.add(ImmutableStatus.VEVENT_CANCELLED);
    }
    if (e.isPrivate()) {
      event.add(ImmutableClazz.PRIVATE);
    }
    if (e.busyOnly()) {
      event.add(new Summary(BUSY));
      return event;
    }
    event.add(new Summary(e.title()));
    if (!e.location().isBlank()) {
      event.add(new Location(e.location()));
    }
    if (!e.description().isBlank()) {
      event.add(new Description(e.description()));
    }
    if (e.organizer() != null) {
      Organizer organizer = new Organizer(mailto(e.organizer().email()));
      organizer.add(new Cn(e.organizer().name()));
      event.add(organizer);
    }
    for (IcsEvent.Person person : e.attendees()) {
      Attendee attendee = new Attendee(mailto(person.email()));
      attendee.add(new Cn(person.name()));
      attendee.add(Role.REQ_PARTICIPANT);
      attendee.add(partStat(person));
      event.add(attendee);
    }
    return event;
  }

  /** A date for an all-day event, a UTC time in UTC, else the local time with its zone. */
  private static Temporal time(IcsEvent e, Instant at) {
    if (e.allDay()) {
      return LocalDate.ofInstant(at, e.zone());
    }
    return utc(e.zone()) ? at : ZonedDateTime.ofInstant(at, e.zone());
  }

  private static boolean utc(ZoneId zone) {
    return zone.normalized().equals(ZoneOffset.UTC);
  }

  private static PartStat partStat(IcsEvent.Person person) {
    return switch (person.response()) {
      case ACCEPTED -> PartStat.ACCEPTED;
      case TENTATIVE -> PartStat.TENTATIVE;
      case DECLINED -> PartStat.DECLINED;
      case NEEDS_ACTION -> PartStat.NEEDS_ACTION;
    };
  }

  private static URI mailto(String email) {
    return URI.create("mailto:" + email.replace(" ", "%20"));
  }
}
