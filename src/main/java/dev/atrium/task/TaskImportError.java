package dev.atrium.task;

/**
 * Why one line of an import file was refused: {@code line} counts from 1 for the header,
 * {@code code} is a translatable error code ({@code task.import-date-invalid},
 * {@code task.assignee-cannot-see}, …) and {@code message} says it in English.
 */
public record TaskImportError(int line, String code, String message) {}
