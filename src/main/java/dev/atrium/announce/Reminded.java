package dev.atrium.announce;

/** How many recipients a reminder went to. */
public record Reminded(int reminded) {}
