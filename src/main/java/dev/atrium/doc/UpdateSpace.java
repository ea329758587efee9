package dev.atrium.doc;

import dev.atrium.shared.Verbatim;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Changes what is given; an empty description, icon or colour clears it. */
public record UpdateSpace(
    @Nullable @Size(max = 80) String name,
    @Nullable @Size(max = 500) @Verbatim String description,
    @Nullable @Size(max = 16) String icon,
    @Nullable @Pattern(regexp = "(#[0-9a-fA-F]{6})?") String color) {}
