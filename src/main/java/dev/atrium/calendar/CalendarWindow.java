package dev.atrium.calendar;

import java.util.List;

/**
 * What the asked calendars hold between two instants, by start, and the signed-in person's tasks
 * due then.
 */
public record CalendarWindow(List<Occurrence> occurrences, List<CalendarTask> tasks) {}
