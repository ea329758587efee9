package dev.atrium.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Create a department under an existing one; the root is made once, by {@link OrgSetup}. */
public record CreateDepartment(
    @NotBlank @Size(max = 100) String name, @NotNull UUID parentId) {}
