package dev.atrium.task;

/**
 * Whom a project grant names: a person, a department with everyone below it, a group, or everyone
 * in the company who is not a guest (no id).
 */
public enum GrantKind {
  PERSON,
  DEPARTMENT,
  GROUP,
  COMPANY
}
