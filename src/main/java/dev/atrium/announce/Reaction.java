package dev.atrium.announce;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One emoji on an announcement: how many chose it, and whether the person asking did. Named apart
 * from chat's {@code Message.Reaction} in the API document, which would otherwise type both alike.
 */
@Schema(name = "AnnouncementReaction")
public record Reaction(String emoji, int count, boolean mine) {}
