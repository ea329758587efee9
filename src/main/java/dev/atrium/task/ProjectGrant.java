package dev.atrium.task;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One grant of a project: who ({@code id} of the person, department or group; none for the
 * company) and their role. {@code name} labels them in answers and is ignored in requests.
 */
public record ProjectGrant(
    @NotNull GrantKind kind,
    @Nullable UUID id,
    @Nullable String name,
    @NotNull ProjectRole role) {}
