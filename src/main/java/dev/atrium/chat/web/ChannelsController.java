package dev.atrium.chat.web;

import dev.atrium.access.Subject;
import dev.atrium.chat.Channel;
import dev.atrium.chat.Channels;
import dev.atrium.chat.CreateChannel;
import dev.atrium.chat.InviteMember;
import dev.atrium.chat.MarkRead;
import dev.atrium.chat.MarkUnread;
import dev.atrium.chat.ReadCursor;
import dev.atrium.chat.Message;
import dev.atrium.chat.Messages;
import dev.atrium.chat.OpenDirect;
import dev.atrium.chat.PostMessage;
import dev.atrium.chat.PostedMessage;
import dev.atrium.chat.StreamPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Channels", description = "Channels, direct conversations and their messages")
@RestController
@RequestMapping("/api/v1/channels")
class ChannelsController {

  private final Channels channels;
  private final Messages messages;

  ChannelsController(Channels channels, Messages messages) {
    this.channels = channels;
    this.messages = messages;
  }

  @GetMapping
  List<Channel> mine(@AuthenticationPrincipal Subject subject) {
    return channels.mine(subject);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Channel create(@AuthenticationPrincipal Subject subject, @Valid @RequestBody CreateChannel command) {
    return channels.create(subject, command);
  }

  @PostMapping("/direct")
  @Operation(summary = "Opens the direct conversation with a person, or returns the one already open")
  Channel openDirect(@AuthenticationPrincipal Subject subject, @Valid @RequestBody OpenDirect command) {
    return channels.openDirect(subject, command);
  }

  @GetMapping("/{id}")
  Channel get(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return channels.get(subject, id);
  }

  @PostMapping("/{id}/join")
  Channel join(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return channels.join(subject, id);
  }

  @PostMapping("/{id}/members")
  Channel invite(@AuthenticationPrincipal Subject subject, @PathVariable UUID id, @Valid @RequestBody InviteMember command) {
    return channels.invite(subject, id, command);
  }

  @PostMapping("/{id}/leave")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void leave(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    channels.leave(subject, id);
  }

  @GetMapping("/{id}/messages")
  @Operation(summary = "History, oldest first: before a position (the newest by default), after one, or around one")
  List<Message> history(@AuthenticationPrincipal Subject subject, @PathVariable UUID id,
                        @RequestParam(required = false) @Nullable Long before,
                        @RequestParam(required = false) @Nullable Long after,
                        @RequestParam(required = false) @Nullable Long around,
                        @RequestParam(defaultValue = "50") int limit) {
    return messages.history(subject, id, before, after, around, limit);
  }

  @PostMapping("/{id}/messages")
  @Operation(summary = "Posts a message: 201 when stored, 200 when a retry found it stored already")
  ResponseEntity<Message> post(@AuthenticationPrincipal Subject subject, @PathVariable UUID id,
                               @Valid @RequestBody PostMessage command) {
    PostedMessage posted = messages.post(subject, id, command);
    return ResponseEntity.status(posted.stored() ? HttpStatus.CREATED : HttpStatus.OK).body(posted.message());
  }

  @GetMapping("/{id}/stream")
  @Operation(summary = "The channel's stream entries after a cursor; reset=true means reload the channel")
  StreamPage stream(@AuthenticationPrincipal Subject subject, @PathVariable UUID id, @RequestParam long after) {
    return messages.stream(subject, id, after);
  }

  @PostMapping("/{id}/read")
  Channel markRead(@AuthenticationPrincipal Subject subject, @PathVariable UUID id, @Valid @RequestBody MarkRead command) {
    return messages.markRead(subject, id, command);
  }

  @PostMapping("/{id}/unread")
  @Operation(summary = "Marks the message at seq and everything after it unread (moves my read cursor back)")
  Channel markUnread(@AuthenticationPrincipal Subject subject, @PathVariable UUID id, @Valid @RequestBody MarkUnread command) {
    return messages.markUnread(subject, id, command);
  }

  @GetMapping("/{id}/read-cursors")
  @Operation(summary = "Every member's read cursor, for read receipts; direct and group conversations only")
  List<ReadCursor> readCursors(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return messages.readCursors(subject, id);
  }

  @PutMapping("/{id}/star")
  Channel star(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return channels.star(subject, id, true);
  }

  @DeleteMapping("/{id}/star")
  Channel unstar(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return channels.star(subject, id, false);
  }
}
