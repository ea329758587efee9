package dev.atrium.chat.web;

import dev.atrium.access.Subject;
import dev.atrium.chat.EditHistory;
import dev.atrium.chat.ForwardMessage;
import dev.atrium.chat.Forwards;
import dev.atrium.chat.Message;
import dev.atrium.chat.MessageVersion;
import dev.atrium.chat.Pins;
import dev.atrium.chat.PostedMessage;
import dev.atrium.chat.Reactions;
import dev.atrium.chat.SavedItem;
import dev.atrium.chat.SavedItems;
import dev.atrium.chat.ThreadView;
import dev.atrium.chat.Threads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Threads, reactions, pins, saved items, edit history and forwarding of messages. */
@Tag(name = "Channels", description = "Channels, direct conversations and their messages")
@RestController
class MessageFeaturesController {

  private final Threads threads;
  private final Reactions reactions;
  private final Pins pins;
  private final SavedItems saved;
  private final EditHistory history;
  private final Forwards forwards;

  MessageFeaturesController(
      Threads threads,
      Reactions reactions,
      Pins pins,
      SavedItems saved,
      EditHistory history,
      Forwards forwards) {
    this.threads = threads;
    this.reactions = reactions;
    this.pins = pins;
    this.saved = saved;
    this.history = history;
    this.forwards = forwards;
  }

  @GetMapping("/api/v1/messages/{id}/thread")
  @Operation(
      summary = "The thread a message roots or belongs to: the root and its replies, oldest first")
  ThreadView thread(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return threads.thread(subject, id);
  }

  @PutMapping("/api/v1/messages/{id}/reactions/{emoji}")
  @Operation(summary = "Adds my reaction; adding it again changes nothing")
  Message react(
      @AuthenticationPrincipal Subject subject, @PathVariable UUID id, @PathVariable String emoji) {
    return reactions.add(subject, id, emoji);
  }

  @DeleteMapping("/api/v1/messages/{id}/reactions/{emoji}")
  @Operation(summary = "Removes my reaction; removing it again changes nothing")
  Message unreact(
      @AuthenticationPrincipal Subject subject, @PathVariable UUID id, @PathVariable String emoji) {
    return reactions.remove(subject, id, emoji);
  }

  @PutMapping("/api/v1/messages/{id}/pin")
  Message pin(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return pins.pin(subject, id);
  }

  @DeleteMapping("/api/v1/messages/{id}/pin")
  Message unpin(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return pins.unpin(subject, id);
  }

  @GetMapping("/api/v1/channels/{id}/pins")
  @Operation(summary = "The channel's pinned messages, most recently pinned first")
  List<Message> pinned(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return pins.pinned(subject, id);
  }

  @PutMapping("/api/v1/messages/{id}/saved")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void save(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    saved.save(subject, id);
  }

  @DeleteMapping("/api/v1/messages/{id}/saved")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void unsave(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    saved.remove(subject, id);
  }

  @GetMapping("/api/v1/saved")
  @Operation(summary = "My saved messages across channels, newest first; private to me")
  List<SavedItem> mySaved(@AuthenticationPrincipal Subject subject) {
    return saved.mine(subject);
  }

  @GetMapping("/api/v1/messages/{id}/versions")
  @Operation(summary = "The earlier versions of an edited message, oldest first")
  List<MessageVersion> versions(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return history.versions(subject, id);
  }

  @PostMapping("/api/v1/messages/{id}/forward")
  @Operation(
      summary =
          "Forwards a message to a conversation I am in: 201 when stored, 200 when a retry found it stored already")
  ResponseEntity<Message> forward(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody ForwardMessage command) {
    PostedMessage posted = forwards.forward(subject, id, command);
    return ResponseEntity.status(posted.stored() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(posted.message());
  }
}
