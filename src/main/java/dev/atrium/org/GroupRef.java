package dev.atrium.org;

import java.util.UUID;

/** A group named on a profile. */
public record GroupRef(UUID id, String name) {}
