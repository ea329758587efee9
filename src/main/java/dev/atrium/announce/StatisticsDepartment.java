package dev.atrium.announce;

import java.util.UUID;

/** A department named in statistics: the one broken down, and the path above it. */
public record StatisticsDepartment(UUID id, String name) {}
