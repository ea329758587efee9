package dev.atrium.task;

import java.util.List;

/** A project's top-level tasks in section and rank order, and the stream position they are as of. */
public record Board(long lastSeq, List<TaskCard> cards) {}
