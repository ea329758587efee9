package dev.atrium.calendar;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The calendar an event should move to. */
public record MoveEvent(@NotNull UUID calendarId) {}
