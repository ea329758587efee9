package dev.atrium.task;

/** A task is open until someone completes it; reopening makes it open again. */
public enum TaskState {
  OPEN,
  DONE
}
