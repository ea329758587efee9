package dev.atrium.announce;

import java.time.Instant;

/** A version in the list of versions, without its body. */
public record VersionSummary(
    int n, String title, Instant editedAt, AnnouncementPerson editedBy, boolean reconfirm) {}
