package dev.atrium.calendar;

/** What the reader may do with an event: change it, cancel it, answer its invitation. */
public record EventCapabilities(boolean edit, boolean cancel, boolean answer) {}
