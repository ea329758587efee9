package dev.atrium.calendar;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Someone invited: a person, or a department or group whose people are invited as they are now. */
public record EventInvitee(
    @NotNull EventInviteeKind kind, @NotNull UUID id) {}
