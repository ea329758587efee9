package dev.atrium.chat;

import java.util.Set;
import java.util.UUID;

/**
 * A channel's stream grew by one entry. {@code recipients} are chosen by the writer, in its
 * transaction: the channel's members, plus a member who just left.
 */
public record StreamEntryAppended(StreamEntry entry, Set<UUID> recipients) {}
