package dev.atrium.access;

import java.util.UUID;

/**
 * The details of an authenticated request: which session (or API token) it was, so what that
 * credential opened (a socket) can be closed when it alone is revoked.
 */
public record SessionId(UUID value) {}
