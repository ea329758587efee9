package dev.atrium.org;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A department as the directory shows it. {@code memberCount} counts the people who belong to it
 * directly (primary or secondary), not its subtree; {@code path} runs from the root to itself.
 */
public record Department(
    UUID id,
    String name,
    @Nullable UUID parentId,
    @Nullable UUID headId,
    @Nullable String headName,
    long memberCount,
    List<DepartmentRef> path,
    DepartmentCapabilities capabilities) {}
