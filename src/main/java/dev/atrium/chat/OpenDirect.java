package dev.atrium.chat;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Opens (or finds) the direct conversation with one other person. */
public record OpenDirect(@NotNull UUID personId) {}
