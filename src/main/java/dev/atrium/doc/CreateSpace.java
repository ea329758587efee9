package dev.atrium.doc;

import dev.atrium.shared.Verbatim;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Opens a space. A department's names its {@code departmentId}; a personal one needs no name (it
 * takes its owner's) and asking again returns the one there is.
 */
public record CreateSpace(
    @NotNull SpaceKind kind,
    @Nullable @Size(max = 80) String name,
    @Nullable @Size(max = 500) @Verbatim String description,
    @Nullable @Size(max = 16) String icon,
    @Nullable @Pattern(regexp = "#[0-9a-fA-F]{6}") String color,
    @Nullable UUID departmentId) {}
