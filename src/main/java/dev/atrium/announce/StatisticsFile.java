package dev.atrium.announce;

/** An exported file: its name (the announcement's title, as written), content type and bytes. */
public record StatisticsFile(String name, String contentType, byte[] content) {}
