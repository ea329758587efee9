package dev.atrium.announce;

import jakarta.validation.constraints.NotNull;

/** A reader opened an announcement on this device. */
public record OpenAnnouncement(@NotNull Device device) {}
