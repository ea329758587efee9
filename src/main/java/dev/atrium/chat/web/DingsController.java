package dev.atrium.chat.web;

import dev.atrium.access.Subject;
import dev.atrium.chat.Ding;
import dev.atrium.chat.Dings;
import dev.atrium.chat.SendDing;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** DINGs: urgent alerts about a message (sent by its author) or another module's object. */
@Tag(name = "Channels", description = "Channels, direct conversations and their messages")
@RestController
class DingsController {

  private final Dings dings;

  DingsController(Dings dings) {
    this.dings = dings;
  }

  @PostMapping("/api/v1/channels/{id}/messages/{seq}/ding")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "The message's author DINGs members of its channel; the DING with its recipients")
  Ding send(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @PathVariable long seq,
      @RequestBody SendDing body) {
    return dings.send(subject, id, seq, body);
  }

  @GetMapping("/api/v1/dings")
  @Operation(summary = "My DINGs not yet acknowledged, newest first")
  List<Ding> waiting(@AuthenticationPrincipal Subject subject) {
    return dings.waiting(subject);
  }

  @GetMapping("/api/v1/dings/{id}")
  @Operation(
      summary = "One DING: its author sees who acknowledged, a recipient their own acknowledgement")
  Ding get(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return dings.get(subject, id);
  }

  @PostMapping("/api/v1/dings/{id}/acknowledge")
  @Operation(summary = "Acknowledges a DING I received; again changes nothing")
  Ding acknowledge(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return dings.acknowledge(subject, id);
  }
}
