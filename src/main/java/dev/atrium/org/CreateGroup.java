package dev.atrium.org;

import dev.atrium.shared.Verbatim;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Create a group; its name is unique regardless of case. */
public record CreateGroup(
    @NotBlank @Size(max = 100) String name,
    @Nullable @Size(max = 500) @Verbatim String description) {}
