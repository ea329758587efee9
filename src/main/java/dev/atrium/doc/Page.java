package dev.atrium.doc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A page as one person sees it. {@code position} is its index among its siblings; {@code restricted}
 * says it or a page above it narrows who may read or edit it; {@code initialMarkdown} is the
 * template it was made from, for the editor to start with while the page has no content yet.
 */
public record Page(
    UUID id,
    UUID spaceId,
    String spaceName,
    @Nullable UUID parentId,
    int position,
    String title,
    List<String> tags,
    boolean archived,
    boolean restricted,
    boolean favourite,
    boolean hasContent,
    @Nullable String initialMarkdown,
    UUID createdBy,
    Instant createdAt,
    UUID updatedBy,
    Instant updatedAt,
    PageCapabilities capabilities) {}
