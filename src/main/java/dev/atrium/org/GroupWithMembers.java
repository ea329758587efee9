package dev.atrium.org;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A group and the people in it. */
public record GroupWithMembers(
    UUID id,
    String name,
    @Nullable String description,
    long memberCount,
    GroupCapabilities capabilities,
    List<PersonSummary> members) {}
