package dev.atrium.shared;

import java.util.UUID;

/**
 * An iCalendar file's events put into a person's own calendar, as the calendar module imports any
 * file (all or nothing, events found again by UID, STATUS:CANCELLED taking them out). The calendar
 * module implements it; mail reaches it here because a direct dependency of mail on calendar would
 * close the circle calendar → task → mail.
 */
public interface PersonalCalendarImport {

  /** Imports {@code ics} into the personal calendar of {@code personId}, acting as that person. */
  void importIntoPersonal(UUID personId, byte[] ics);
}
