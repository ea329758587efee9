package dev.atrium.chat;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Turns do not disturb on, until {@code until} or (null) until turned off. */
public record SetDoNotDisturb(@Nullable Instant until) {}
