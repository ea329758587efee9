package dev.atrium.org;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person in a directory list; {@code departmentId} is the primary department. */
public record PersonSummary(UUID id, String name, String email, @Nullable String title, @Nullable UUID departmentId,
                            @Nullable String departmentName, PersonStatus status, boolean guest, String avatarColor) {}
