package dev.atrium.realtime.internal;

import dev.atrium.realtime.Frame;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes frames as the JSON text docs/realtime.md promises, and reads that JSON back (the Redis
 * cluster bus carries frames between nodes in the same shape clients see).
 */
@Component
class FrameJson {

  private final ObjectMapper json;

  FrameJson(ObjectMapper json) {
    this.json = json;
  }

  String write(Frame frame) {
    return json.writeValueAsString(tree(frame));
  }

  ObjectNode tree(Frame frame) {
    ObjectNode node = json.createObjectNode();
    switch (frame) {
      case Frame.Event e -> {
        node.put("type", "event");
        node.put("stream", e.stream());
        node.put("resourceId", e.resourceId().toString());
        node.put("seq", e.seq());
        node.put("at", e.at().toString());
        node.set("event", e.event());
      }
      case Frame.Reset r -> {
        node.put("type", "reset");
        node.put("stream", r.stream());
        node.put("resourceId", r.resourceId().toString());
        node.put("lastSeq", r.lastSeq());
      }
      case Frame.Ready r -> node.put("type", "ready");
      case Frame.Signal g -> {
        node.put("type", "signal");
        node.put("kind", g.kind());
        node.set("payload", g.payload());
      }
      case Frame.Ack a -> {
        node.put("type", "ack");
        node.put("ref", a.ref());
        node.put("status", a.status());
        node.set("body", a.body());
      }
    }
    return node;
  }

  /** The frame {@link #tree} wrote; an unknown type is an {@link IllegalArgumentException}. */
  Frame read(JsonNode node) {
    String type = node.path("type").asString();
    return switch (type) {
      case "event" ->
        new Frame.Event(
            node.path("stream").asString(),
            UUID.fromString(node.path("resourceId").asString()),
            node.path("seq").asLong(),
            Instant.parse(node.path("at").asString()),
            node.path("event"));
      case "reset" ->
        new Frame.Reset(
            node.path("stream").asString(),
            UUID.fromString(node.path("resourceId").asString()),
            node.path("lastSeq").asLong());
      case "ready" -> new Frame.Ready();
      case "signal" -> new Frame.Signal(node.path("kind").asString(), node.path("payload"));
      case "ack" ->
        new Frame.Ack(node.path("ref").asString(), node.path("status").asInt(), node.path("body"));
      default -> throw new IllegalArgumentException("Unknown frame type " + type);
    };
  }
}
