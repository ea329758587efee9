package dev.atrium.realtime.internal;

import dev.atrium.realtime.Frame;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** Writes frames as the JSON text docs/realtime.md promises. */
@Component
class FrameJson {

  private final ObjectMapper json;

  FrameJson(ObjectMapper json) {
    this.json = json;
  }

  String write(Frame frame) {
    ObjectNode node = json.createObjectNode();
    switch (frame) {
      case Frame.Event e -> {
        node.put("type", "event");
        node.put("channelId", e.channelId().toString());
        node.put("seq", e.seq());
        node.put("kind", e.kind());
        node.put("at", e.at().toString());
        node.set("payload", e.payload());
      }
      case Frame.Reset r -> {
        node.put("type", "reset");
        node.put("channelId", r.channelId().toString());
      }
      case Frame.Ready r -> node.put("type", "ready");
    }
    return json.writeValueAsString(node);
  }
}
