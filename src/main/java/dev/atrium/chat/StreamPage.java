package dev.atrium.chat;

import java.util.List;

/**
 * The entries after a cursor, in order; {@code reset} when the cursor is too old (more than 1,000
 * behind) or ahead of the stream, and the client should reload the channel instead.
 */
public record StreamPage(List<StreamEntry> entries, long lastSeq, boolean reset) {}
