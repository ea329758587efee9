package dev.atrium.task;

import java.util.UUID;

/** A person as a task names them: its creator, an assignee, a follower, who changed it. */
public record TaskPerson(UUID id, String name, String avatarColor) {}
