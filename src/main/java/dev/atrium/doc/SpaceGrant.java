package dev.atrium.doc;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One grant of a space: who ({@code id} of the department or person; none for the company) and the
 * role they get. {@code name} labels the department or person in answers and is ignored in requests.
 */
public record SpaceGrant(
    @NotNull PrincipalKind kind,
    @Nullable UUID id,
    @Nullable String name,
    @NotNull SpaceRole role) {}
