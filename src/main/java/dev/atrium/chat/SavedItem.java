package dev.atrium.chat;

import java.time.Instant;

/** A message one saved for later, seen only by the person who saved it. */
public record SavedItem(Message message, Instant savedAt) {}
