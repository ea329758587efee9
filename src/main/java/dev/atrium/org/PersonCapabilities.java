package dev.atrium.org;

/** What the caller may do to a person. */
public record PersonCapabilities(boolean canEdit, boolean canSuspend, boolean canResetPassword) {}
