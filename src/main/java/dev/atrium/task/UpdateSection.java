package dev.atrium.task;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Renames a section and/or moves it to {@code position} (0 is first); what is left out stays. */
public record UpdateSection(
    @Nullable @Size(max = 60) String name, @Nullable @Min(0) Integer position) {}
