package dev.atrium.doc.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A template saved from a page, for a space or (no {@code spaceId}) the company. */
public record TemplateRow(
    UUID id,
    @Nullable UUID spaceId,
    String name,
    @Nullable String description,
    String markdown,
    UUID createdBy) {}
