package dev.atrium.org;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * One department of the tree as other modules read it in bulk (statistics by department,
 * escalation to heads): {@code path} runs from the root to itself.
 */
@NamedInterface("directory")
public record DepartmentNode(
    UUID id,
    @Nullable UUID parentId,
    String name,
    List<UUID> path,
    @Nullable UUID headId) {}
