package dev.atrium.doc;

/** Whose knowledge a space holds: a department's (bound to it), a project's, or one person's own. */
public enum SpaceKind {
  DEPARTMENT,
  PROJECT,
  PERSONAL
}
