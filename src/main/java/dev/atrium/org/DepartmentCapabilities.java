package dev.atrium.org;

/** What the caller may do to a department; {@code canDelete} is false while it has people or children. */
public record DepartmentCapabilities(boolean canEdit, boolean canDelete) {}
