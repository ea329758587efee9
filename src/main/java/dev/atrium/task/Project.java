package dev.atrium.task;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A project with its sections in order, what I may do in it, and its stream's position
 * ({@code lastSeq}): a client that loaded it continues the stream from there.
 */
public record Project(
    UUID id,
    String name,
    String description,
    ProjectKind kind,
    @Nullable UUID departmentId,
    String color,
    ProjectRole myRole,
    int openCount,
    boolean archived,
    List<Section> sections,
    ProjectCapabilities capabilities,
    long lastSeq) {}
