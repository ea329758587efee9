package dev.atrium.org;

import java.util.UUID;

/** A department named on a path or a profile. */
public record DepartmentRef(UUID id, String name) {}
