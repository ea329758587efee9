package dev.atrium.announce;

/** How many people an audience reaches now. */
public record AudienceSize(long people) {}
