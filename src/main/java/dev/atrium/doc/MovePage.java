package dev.atrium.doc;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Puts a page (with its subtree) under {@code parentId} (the space's top level when null) at index
 * {@code position} among the children there, counted without the page itself: a drag in the tree.
 */
public record MovePage(
    @Nullable UUID parentId, @NotNull @Min(0) Integer position) {}
