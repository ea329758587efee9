package dev.atrium.doc;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A page put in the trash with the {@code pages} of its subtree (itself included) that went with it. */
public record TrashedPage(
    UUID id, String title, @Nullable UUID parentId, Instant trashedAt, UUID trashedBy, int pages) {}
