package dev.atrium.calendar;

/** What an import did: events it added and events it found by their UID and changed. */
public record CalendarImported(int created, int updated) {}
