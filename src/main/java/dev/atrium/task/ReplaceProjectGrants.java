package dev.atrium.task;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The project's grants from now on; one of them must make a person or a department its manager. */
public record ReplaceProjectGrants(
    @NotNull @Size(max = 200) List<@NotNull @Valid ProjectGrant> grants) {}
