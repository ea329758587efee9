package dev.atrium.search;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a card for a link shows: the object's {@code kind} and title, where it lives
 * ({@code containerName}, such as a page's space) and a short {@code excerpt} of its text.
 */
public record LinkPreview(
    String kind,
    UUID id,
    String title,
    @Nullable UUID containerId,
    @Nullable String containerName,
    String excerpt,
    Instant at) {}
