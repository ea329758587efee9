package dev.atrium.calendar;

import dev.atrium.task.DueTask;
import java.util.List;

/**
 * What the asked calendars hold between two instants, by start, and the signed-in person's tasks
 * due then (opened in Tasks).
 */
public record CalendarWindow(List<Occurrence> occurrences, List<DueTask> tasks) {}
