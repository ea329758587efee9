package dev.atrium.access;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A role held by a person, scoped to a department subtree for department administrators. */
public record RoleGrant(
    UUID id, UUID personId, Role role, @Nullable UUID departmentId, Instant grantedAt) {}
