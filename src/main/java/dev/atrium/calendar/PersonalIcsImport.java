package dev.atrium.calendar;

import dev.atrium.access.Subject;
import dev.atrium.shared.PersonalCalendarImport;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The calendar's iCalendar import into a person's own calendar, for modules below calendar. */
@Component
class PersonalIcsImport implements PersonalCalendarImport {

  private final Calendars calendars;
  private final CalendarTransfers transfers;

  PersonalIcsImport(Calendars calendars, CalendarTransfers transfers) {
    this.calendars = calendars;
    this.transfers = transfers;
  }

  @Override
  public void importIntoPersonal(UUID personId, byte[] ics) {
    transfers.importIcs(new Subject(personId, false), calendars.personalCalendarOf(personId), ics);
  }
}
