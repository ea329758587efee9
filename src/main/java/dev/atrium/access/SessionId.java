package dev.atrium.access;

import java.util.UUID;

/**
 * The details of a request authenticated by a session cookie (not a token): which session it was,
 * so what that session opened (a socket) can be closed when the session alone is revoked.
 */
public record SessionId(UUID value) {}
