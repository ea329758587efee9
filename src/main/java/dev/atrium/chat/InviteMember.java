package dev.atrium.chat;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Adds a person to a channel. */
public record InviteMember(@NotNull UUID personId) {}
