package dev.atrium.chat;

import java.time.Instant;

/** An earlier body of an edited message, and since when it had been its body (its posting or the edit before). */
public record MessageVersion(int version, String body, Instant since) {}
