package dev.atrium.org;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** A person in a directory list; {@code departmentId} is the primary department. */
@NamedInterface("directory")
public record PersonSummary(
    UUID id,
    String name,
    String email,
    @Nullable String title,
    @Nullable UUID departmentId,
    @Nullable String departmentName,
    PersonStatus status,
    boolean guest,
    String avatarColor) {}
