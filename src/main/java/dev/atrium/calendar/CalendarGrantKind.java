package dev.atrium.calendar;

/**
 * Whom a calendar grant names: a person, a department with everyone below it, a group, or everyone
 * in the company who is not a guest (no id).
 */
public enum CalendarGrantKind {
  PERSON,
  DEPARTMENT,
  GROUP,
  COMPANY
}
