package dev.atrium.task;

/**
 * Whose a project is: one person's (nobody else is granted it), a team's (the people and departments
 * granted it), or a department's (its subtree edits it).
 */
public enum ProjectKind {
  PERSONAL,
  TEAM,
  DEPARTMENT
}
