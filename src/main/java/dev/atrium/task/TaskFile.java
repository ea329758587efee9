package dev.atrium.task;

/** An exported file: its name, its content type and its bytes. */
public record TaskFile(String name, String contentType, byte[] content) {}
