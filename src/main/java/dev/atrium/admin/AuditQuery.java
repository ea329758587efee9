package dev.atrium.admin;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Filters for browsing the audit log; every field optional. */
public record AuditQuery(
    @Nullable UUID actorId,
    @Nullable String action,
    @Nullable UUID targetId,
    @Nullable Instant from,
    @Nullable Instant to,
    int page,
    int size) {}
