package dev.atrium.calendar;

/** Whether an event (or an overridden occurrence) takes place (iCalendar STATUS). */
public enum EventStatus {
  CONFIRMED,
  CANCELLED
}
