package dev.atrium.task;

/** Which due dates a filter keeps: past and open, today, the next seven days, none. */
public enum DueFilter {
  OVERDUE,
  TODAY,
  WEEK,
  NONE
}
