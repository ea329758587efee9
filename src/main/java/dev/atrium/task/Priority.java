package dev.atrium.task;

/** How urgent a task is, least first. */
public enum Priority {
  NONE,
  LOW,
  MEDIUM,
  HIGH,
  URGENT
}
