package dev.atrium.announce;

/** One emoji on an announcement: how many chose it, and whether the person asking did. */
public record Reaction(String emoji, int count, boolean mine) {}
