package dev.atrium.calendar;

/** An attendee's answer to an invitation (iCalendar PARTSTAT); the organiser has accepted. */
public enum EventResponse {
  NEEDS_ACTION,
  ACCEPTED,
  TENTATIVE,
  DECLINED
}
