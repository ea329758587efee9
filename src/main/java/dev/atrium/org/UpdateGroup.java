package dev.atrium.org;

import dev.atrium.shared.Verbatim;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Rename a group or change its description; absent stays, an empty description clears it. */
public record UpdateGroup(
    @Nullable @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*")
    String name,

    @Nullable @Size(max = 500) @Verbatim String description) {}
