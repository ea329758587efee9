package dev.atrium.admin;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One administrative fact: who did what to which target, when, from where. */
public record AuditEntry(
    UUID id,
    Instant at,
    @Nullable UUID actorId,
    @Nullable String actorName,
    String action,
    String targetType,
    @Nullable UUID targetId,
    @Nullable String targetLabel,
    @Nullable String ipAddress,
    Map<String, Object> details) {}
