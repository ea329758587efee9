package dev.atrium.task;

import java.util.UUID;

/** A section of a project's list, which is also a column of its board; {@code position} from 0. */
public record Section(UUID id, String name, int position) {}
