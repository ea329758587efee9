package dev.atrium.org;

/** Whether a person may sign in and be reached. */
public enum PersonStatus {
  ACTIVE,
  SUSPENDED
}
