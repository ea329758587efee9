package dev.atrium.doc;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A department (with its sub-departments) or a person named by a page restriction; {@code name} only in answers. */
public record PageRestriction(
    @NotNull PrincipalKind kind, @NotNull UUID id, @Nullable String name) {}
