package dev.atrium.announce;

import java.time.Instant;
import java.util.UUID;

/** A comment under an announcement, as its author wrote it. */
public record AnnouncementComment(
    UUID id, AnnouncementPerson author, String text, Instant createdAt) {}
