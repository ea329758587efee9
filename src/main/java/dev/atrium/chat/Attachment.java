package dev.atrium.chat;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A file attached to a message, as its readers see it: fetch it from {@code /api/v1/files/{id}}
 * (and {@code /thumbnail} when {@code hasThumbnail}). Copied into the message when it is posted;
 * a file's metadata never changes afterwards.
 */
public record Attachment(
    UUID id,
    String name,
    long size,
    String contentType,
    @Nullable Integer width,
    @Nullable Integer height,
    boolean hasThumbnail) {}
