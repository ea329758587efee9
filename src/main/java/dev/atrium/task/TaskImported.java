package dev.atrium.task;

/** What an import made: {@code created} tasks, {@code sectionsCreated} of them in new sections. */
public record TaskImported(int created, int sectionsCreated) {}
