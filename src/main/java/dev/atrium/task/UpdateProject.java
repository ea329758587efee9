package dev.atrium.task;

import dev.atrium.shared.Verbatim;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Changes a project's settings; what is left out stays. */
public record UpdateProject(
    @Nullable @Size(max = 100) String name,
    @Nullable @Size(max = 2000) @Verbatim String description,
    @Nullable @Size(max = 20) String color,
    @Nullable Boolean archived) {}
