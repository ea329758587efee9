package dev.atrium.task;

import java.util.UUID;

/** A file hung on a task, readable by whoever may see the task ({@code GET /api/v1/files/{id}}). */
public record TaskAttachment(UUID id, String name, long size, String contentType) {}
