package dev.atrium.realtime;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** What the server sends on a socket; see docs/realtime.md for the JSON each one becomes. */
public sealed interface Frame {

  /**
   * One entry of a resource's stream ({@code stream} names its {@link StreamKind}), at its gap-free
   * position {@code seq}; {@code event} is the event record's JSON with its {@code kind}.
   */
  record Event(String stream, UUID resourceId, long seq, Instant at, JsonNode event)
      implements Frame {}

  /**
   * The client's cursor for this resource is too old or unknown: reload the resource over HTTP. Its
   * stream was at {@code lastSeq} then; a client whose reload carries no position continues from it.
   */
  record Reset(String stream, UUID resourceId, long lastSeq) implements Frame {}

  /** Catch-up is done; live events follow. */
  record Ready() implements Frame {}

  /**
   * Not a stream entry: a per-person state change (my read cursor moved on another device) or an
   * ephemeral one (typing, presence). Never stored, never replayed on resume; a client that
   * reconnects refetches what such frames carried.
   */
  record Signal(String kind, JsonNode payload) implements Frame {}

  /**
   * The answer to a client's request over the socket ({@link SocketRequest}), to that socket only:
   * the {@code ref} the client gave it, and the status and body HTTP would have answered (the stored
   * message; a problem document on refusal).
   */
  record Ack(String ref, int status, JsonNode body) implements Frame {}
}
