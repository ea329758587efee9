package dev.atrium.doc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One page of a space's tree: where it hangs ({@code position} among its siblings) and what labels it. */
public record PageNode(
    UUID id,
    @Nullable UUID parentId,
    int position,
    String title,
    List<String> tags,
    boolean archived,
    boolean restricted,
    Instant updatedAt) {}
