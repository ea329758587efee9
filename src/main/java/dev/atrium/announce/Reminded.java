package dev.atrium.announce;

import java.time.Instant;

/** How many recipients a reminder went to, and from when the next manual one may be sent. */
public record Reminded(int reminded, Instant nextAllowedAt) {}
