package dev.atrium.doc;

/** Whom a grant or a restriction names: a department with its sub-departments, one person, or everyone but guests. */
public enum PrincipalKind {
  DEPARTMENT,
  PERSON,
  COMPANY
}
