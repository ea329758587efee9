package dev.atrium.task;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new section, appended after the project's last one. */
public record CreateSection(@NotNull @Size(max = 60) String name) {}
