package dev.atrium.task;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A project in the list of those I may see, with my role and how many of its tasks are open. */
public record ProjectSummary(
    UUID id,
    String name,
    String description,
    ProjectKind kind,
    @Nullable UUID departmentId,
    String color,
    ProjectRole myRole,
    int openCount,
    boolean archived) {}
