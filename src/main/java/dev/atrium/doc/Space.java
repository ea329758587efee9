package dev.atrium.doc;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A space as one person sees it: {@code role} is theirs (a system administrator administers every
 * space), {@code capabilities} what they may do with it now (nothing is written in an archived space).
 */
public record Space(
    UUID id,
    SpaceKind kind,
    String name,
    @Nullable String description,
    @Nullable String icon,
    @Nullable String color,
    @Nullable UUID departmentId,
    @Nullable UUID ownerId,
    boolean archived,
    UUID createdBy,
    Instant createdAt,
    SpaceRole role,
    SpaceCapabilities capabilities) {}
