package dev.atrium.mail.web;

import dev.atrium.access.Subject;
import dev.atrium.mail.AnswerMailInvitation;
import dev.atrium.mail.MailActions;
import dev.atrium.mail.MailBulk;
import dev.atrium.mail.MailInvitation;
import dev.atrium.mail.MailInvitations;
import dev.atrium.mail.MailMessage;
import dev.atrium.mail.MailThread;
import dev.atrium.mail.MailThreadPage;
import dev.atrium.mail.MailThreads;
import dev.atrium.mail.internal.RemoteImages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MailThreadsController {

  private final MailThreads threads;
  private final MailActions actions;
  private final MailInvitations invitations;

  MailThreadsController(MailThreads threads, MailActions actions, MailInvitations invitations) {
    this.threads = threads;
    this.invitations = invitations;
    this.actions = actions;
  }

  @GetMapping("/api/v1/mail/folders/{id}/threads")
  @Operation(summary = "A page of the folder's conversations, newest first")
  MailThreadPage mailThreads(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable String before,
      @RequestParam(defaultValue = "50") int limit) {
    return threads.threads(subject, id, before, limit);
  }

  @GetMapping("/api/v1/mail/mailboxes/{id}/threads/{threadId}")
  @Operation(summary = "A conversation's messages in the mailbox, oldest first")
  MailThread mailThread(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @PathVariable UUID threadId) {
    return threads.thread(subject, id, threadId);
  }

  @GetMapping("/api/v1/mail/messages/{id}")
  @Operation(summary = "One message")
  MailMessage mailMessage(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return threads.message(subject, id);
  }

  @PostMapping("/api/v1/mail/mailboxes/{id}/messages/bulk")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Marks, moves, labels or deletes messages of the mailbox, all or nothing")
  void bulkMailAction(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody MailBulk command) {
    actions.bulk(subject, id, command);
  }

  @PostMapping("/api/v1/mail/messages/{id}/remote-images")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Shows this message's remote images from now on")
  void allowMailRemoteImages(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    actions.allowRemoteImages(subject, id);
  }

  @GetMapping("/api/v1/mail/messages/{id}/images")
  @Operation(
      summary = "One of the message's remote images, fetched by the server once they are allowed",
      responses =
          @ApiResponse(
              responseCode = "200",
              content =
                  @Content(
                      mediaType = "image/*",
                      schema = @Schema(type = "string", format = "binary"))))
  ResponseEntity<byte[]> mailRemoteImage(
      @AuthenticationPrincipal Subject subject, @PathVariable UUID id, @RequestParam String url) {
    RemoteImages.Image image = threads.remoteImage(subject, id, url);
    // private: the image belongs to one reader's mail; nosniff: the type checked is the type used
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(image.contentType()))
        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .body(image.bytes());
  }

  @PostMapping("/api/v1/mail/messages/{id}/invitation")
  @Operation(
      summary = "Answers the calendar invitation the message came with",
      description = "For the mailbox's person: ACCEPTED or TENTATIVE puts the event in their"
          + " personal calendar; every answer to a REQUEST goes to the organiser as an iCalendar"
          + " REPLY. A CANCEL is answered DECLINED, which takes the event out again.")
  MailInvitation answerMailInvitation(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody AnswerMailInvitation command) {
    return invitations.answer(subject, id, command);
  }

  @GetMapping("/api/v1/mail/messages/{id}/raw")
  @Operation(
      summary = "The message as an .eml file",
      responses =
          @ApiResponse(
              responseCode = "200",
              content =
                  @Content(
                      mediaType = "message/rfc822",
                      schema = @Schema(type = "string", format = "binary"))))
  ResponseEntity<byte[]> rawMailMessage(
      @AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("message/rfc822"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(id + ".eml").build().toString())
        .body(threads.raw(subject, id));
  }
}
