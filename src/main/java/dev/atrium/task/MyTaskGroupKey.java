package dev.atrium.task;

/**
 * The groups of My tasks, in the order they are shown: open tasks past due (a timed one from its
 * moment, an all-day one from the day after), due later today, due after today, without a date, and
 * done; the days are the reader's (the {@code zone} they send).
 */
public enum MyTaskGroupKey {
  OVERDUE,
  TODAY,
  UPCOMING,
  NONE,
  DONE
}
