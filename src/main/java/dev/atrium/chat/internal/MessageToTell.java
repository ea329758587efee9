package dev.atrium.chat.internal;

import java.util.UUID;

/**
 * A message was just posted that may ask for someone (a mention, @all, a thread reply, a direct or
 * group message): the only messages whose notices go through the event publication registry. A
 * plain channel message, the hot path, pays no publication (ADR 0008 measured ≈22 % of a post's
 * CPU in the registry).
 */
public record MessageToTell(UUID messageId) {}
