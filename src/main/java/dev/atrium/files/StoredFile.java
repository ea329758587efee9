package dev.atrium.files;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One uploaded file's metadata. {@code contentType} is what its bytes are (sniffed), not what the
 * uploader claimed; {@code width}/{@code height} are known for images Atrium could read.
 */
public record StoredFile(
    UUID id,
    String name,
    long size,
    String contentType,
    String sha256,
    UUID uploaderId,
    Instant createdAt,
    @Nullable Integer width,
    @Nullable Integer height,
    boolean hasThumbnail) {}
