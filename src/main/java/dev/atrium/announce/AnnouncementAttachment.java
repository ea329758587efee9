package dev.atrium.announce;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A file attached to an announcement, as its reader's download card shows it: its name, size and
 * (sniffed) content type; {@code width}/{@code height} for an image Atrium could read.
 */
public record AnnouncementAttachment(
    UUID id,
    String name,
    long size,
    String contentType,
    boolean hasThumbnail,
    @Nullable Integer width,
    @Nullable Integer height) {}
