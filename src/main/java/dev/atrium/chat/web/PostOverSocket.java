package dev.atrium.chat.web;

import dev.atrium.access.Subject;
import dev.atrium.chat.Messages;
import dev.atrium.chat.PostMessage;
import dev.atrium.chat.PostedMessage;
import dev.atrium.realtime.SocketRequest;
import dev.atrium.shared.web.RequestJson;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * {@code {"type":"post","ref":…,"channelId":…,"message":{…}}} over the socket: the twin of
 * {@code POST /channels/{id}/messages} ({@link ChannelsController}), with the same body, the same
 * validation and the same service call, answered with the same status (201 stored, 200 a retry)
 * and message. It spares each post the HTTP request around it, most of the server's time per post
 * (bench/chat-load.sh, BENCHMARKS.md).
 */
@Component
class PostOverSocket implements SocketRequest {

  private final Messages messages;
  private final RequestJson json;
  private final Validator validator;

  PostOverSocket(Messages messages, RequestJson json, Validator validator) {
    this.messages = messages;
    this.json = json;
    this.validator = validator;
  }

  @Override
  public String type() {
    return "post";
  }

  @Override
  public boolean writes() {
    return true;
  }

  @Override
  public Answer answer(Subject subject, JsonNode frame) {
    UUID channelId = UUID.fromString(frame.path("channelId").asString());
    JsonNode body = frame.path("message");
    if (!body.isObject()) {
      throw new IllegalArgumentException("No message to post");
    }
    PostMessage command = json.read(body, PostMessage.class);
    var violations = validator.validate(command);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    PostedMessage posted = messages.post(subject, channelId, command);
    return new Answer(posted.stored() ? 201 : 200, posted.message());
  }
}
