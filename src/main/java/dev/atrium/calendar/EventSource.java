package dev.atrium.calendar;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Where an event was scheduled from: a conversation, which then gets the event's link. */
public record EventSource(@NotNull UUID channelId) {}
