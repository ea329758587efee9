package dev.atrium.realtime;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** What the server sends on a socket; see docs/realtime.md for the JSON each one becomes. */
public sealed interface Frame {

  /** One entry of a channel's stream, at its gap-free position {@code seq}. */
  record Event(UUID channelId, long seq, String kind, Instant at, JsonNode payload) implements Frame {}

  /** The client's cursor for this channel is too old or unknown: reload the channel over HTTP. */
  record Reset(UUID channelId) implements Frame {}

  /** Catch-up is done; live events follow. */
  record Ready() implements Frame {}
}
