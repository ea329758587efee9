package dev.atrium.realtime;

import dev.atrium.access.Subject;
import tools.jackson.databind.JsonNode;

/**
 * Implemented by a module that takes a request over the already open socket as well as over HTTP
 * (chat's {@code post}): a client frame of {@link #type()} is handed to {@link #answer}, which calls
 * the same service method as the HTTP endpoint, and is answered on the socket by an {@code ack}
 * frame with the status and body the HTTP endpoint would have answered. A refusal is thrown as
 * the same exception the service throws for HTTP (see docs/realtime.md, "Requests over the socket").
 */
public interface SocketRequest {

  /** The client frame's {@code type}, e.g. {@code post}. */
  String type();

  /** Whether the request changes something, so that a socket opened by a read-only token may not send it. */
  boolean writes();

  /** Handles one frame from {@code subject}; a malformed frame is an {@link IllegalArgumentException}. */
  Answer answer(Subject subject, JsonNode frame);

  /** A successful answer: an HTTP status (200, 201) and its body, written as JSON as HTTP would. */
  record Answer(int status, Object body) {}
}
