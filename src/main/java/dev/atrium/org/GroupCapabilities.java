package dev.atrium.org;

/** What the caller may do to a group. */
public record GroupCapabilities(boolean canEdit) {}
