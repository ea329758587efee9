package dev.atrium.org;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A department a person belongs to, with their title there. */
public record Membership(
    UUID departmentId, String departmentName, @Nullable String title, boolean primary) {}
