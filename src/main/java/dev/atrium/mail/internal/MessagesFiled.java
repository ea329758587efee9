package dev.atrium.mail.internal;

import java.util.List;
import java.util.UUID;

/** Messages were filed in mailboxes or deleted from them for good: the search index follows. */
public record MessagesFiled(List<UUID> messageIds) {}
