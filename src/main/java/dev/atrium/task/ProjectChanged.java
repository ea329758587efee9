package dev.atrium.task;

import java.util.UUID;

/** A project's settings or grants changed, or it was deleted: who may see its tasks may have changed. */
public record ProjectChanged(UUID projectId) {}
