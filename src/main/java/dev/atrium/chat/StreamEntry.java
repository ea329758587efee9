package dev.atrium.chat;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One entry of a channel's stream at its gap-free position {@code seq}, as a live {@code event} frame
 * carries it: {@code resourceId} is the channel, {@code event} a {@link ChatStreamEvent}.
 */
public record StreamEntry(
    UUID resourceId,
    long seq,
    Instant at,
    @Schema(ref = "#/components/schemas/ChatStreamEvent") JsonNode event) {

  static StreamEntry of(dev.atrium.realtime.StreamEntry entry) {
    return new StreamEntry(entry.resourceId(), entry.seq(), entry.at(), entry.event());
  }
}
