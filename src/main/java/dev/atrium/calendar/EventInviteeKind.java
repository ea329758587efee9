package dev.atrium.calendar;

/** Whom an invitation names: a person, or a department (with everyone below it) or a group, expanded to their people. */
public enum EventInviteeKind {
  PERSON,
  DEPARTMENT,
  GROUP
}
