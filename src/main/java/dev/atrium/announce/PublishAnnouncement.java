package dev.atrium.announce;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Publishes now (no {@code at}) or at a later time; either may first wait for a reviewer. */
public record PublishAnnouncement(@Nullable Instant at) {}
