package dev.atrium.calendar;

import java.util.List;

/** My calendars: my personal one first, then the ones I overlay or read, by name. */
public record CalendarList(List<CalendarInfo> calendars) {}
