package dev.atrium.realtime;

import java.util.List;

/**
 * The entries after a cursor, in order; {@code reset} when the cursor is negative, ahead of the
 * stream or more than {@link Streams#MAX_MISSED} behind, and the client should reload instead.
 */
public record StreamPage(List<StreamEntry> entries, long lastSeq, boolean reset) {}
