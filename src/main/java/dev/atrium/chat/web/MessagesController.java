package dev.atrium.chat.web;

import dev.atrium.access.Subject;
import dev.atrium.chat.EditMessage;
import dev.atrium.chat.Message;
import dev.atrium.chat.Messages;
import dev.atrium.chat.Receipts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Channels", description = "Channels, direct conversations and their messages")
@RestController
@RequestMapping("/api/v1/messages")
class MessagesController {

  private final Messages messages;

  MessagesController(Messages messages) {
    this.messages = messages;
  }

  @PatchMapping("/{id}")
  Message edit(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody EditMessage command) {
    return messages.edit(subject, id, command);
  }

  @GetMapping("/{id}/receipts")
  @Operation(
      summary = "Who has read this message and who has not; direct and group conversations only")
  Receipts receipts(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return messages.receipts(subject, id);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    messages.delete(subject, id);
  }
}
