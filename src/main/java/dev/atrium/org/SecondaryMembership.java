package dev.atrium.org;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A department a person belongs to besides their primary one, with their title there. */
public record SecondaryMembership(
    @NotNull UUID departmentId, @Nullable @Size(max = 100) String title) {}
