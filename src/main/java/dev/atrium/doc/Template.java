package dev.atrium.doc;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A page to start from: a built-in one (id such as {@code meeting-notes}, in the language asked
 * for), or one saved from a page for a space ({@code spaceId}) or the whole company.
 */
public record Template(
    String id,
    String name,
    @Nullable String description,
    boolean builtIn,
    @Nullable UUID spaceId,
    String markdown,
    boolean canDelete) {}
