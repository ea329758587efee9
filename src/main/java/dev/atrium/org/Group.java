package dev.atrium.org;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A group of people that cuts across departments. */
public record Group(
    UUID id,
    String name,
    @Nullable String description,
    long memberCount,
    GroupCapabilities capabilities) {}
