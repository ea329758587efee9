package dev.atrium.task;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Saves a filter of the project's board for me under a name. */
public record SaveView(
    @NotNull @Size(max = 60) String name, @NotNull @Valid TaskFilter filter) {}
