package dev.atrium.task;

import dev.atrium.shared.Verbatim;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Opens a project. A department's names its {@code departmentId}; a team's may name its first
 * {@code grants} (the creator is always its manager). {@code sections}: the first sections'
 * names, in order (the client sends them in its language); without them it gets one, "To do".
 */
public record CreateProject(
    @NotNull @Size(max = 100) String name,
    @Nullable @Size(max = 2000) @Verbatim String description,
    @NotNull ProjectKind kind,
    @Nullable UUID departmentId,
    @Nullable @Size(max = 20) String color,
    @Nullable @Size(max = 20) List<@NotNull @Size(max = 60) String> sections,
    @Nullable @Size(max = 200) List<@NotNull @Valid ProjectGrant> grants) {}
