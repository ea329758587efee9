package dev.atrium.calendar;

/** An iCalendar file to download: its name (with {@code .ics}) and content. */
public record CalendarFile(String name, byte[] content) {}
