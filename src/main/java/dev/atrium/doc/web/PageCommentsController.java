package dev.atrium.doc.web;

import dev.atrium.access.Subject;
import dev.atrium.doc.CommentThread;
import dev.atrium.doc.PageComments;
import dev.atrium.doc.PageDiscussion;
import dev.atrium.doc.StartThread;
import dev.atrium.doc.WriteComment;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Docs",
    description = "Spaces, their page trees, templates, favourites and recently viewed pages")
@RestController
class PageCommentsController {

  private final PageComments comments;

  PageCommentsController(PageComments comments) {
    this.comments = comments;
  }

  @GetMapping("/api/v1/pages/{id}/comments")
  @Operation(summary = "The page's comment threads, oldest first, and whether I may comment")
  PageDiscussion list(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return comments.discussion(subject, id);
  }

  @PostMapping("/api/v1/pages/{id}/comments")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Starts a thread on a passage (anchor) or on the whole page; readers may comment")
  CommentThread start(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody StartThread command) {
    return comments.start(subject, id, command);
  }

  @PostMapping("/api/v1/page-threads/{id}/replies")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Replies in a thread (opening it again if it was resolved)")
  CommentThread reply(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody WriteComment command) {
    return comments.reply(subject, id, command);
  }

  @PostMapping("/api/v1/page-threads/{id}/resolve")
  CommentThread resolve(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return comments.resolve(subject, id, true);
  }

  @PostMapping("/api/v1/page-threads/{id}/reopen")
  CommentThread reopen(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return comments.resolve(subject, id, false);
  }

  @PatchMapping("/api/v1/page-comments/{id}")
  @Operation(summary = "Changes my comment's text")
  CommentThread edit(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody WriteComment command) {
    return comments.edit(subject, id, command);
  }

  @DeleteMapping("/api/v1/page-comments/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary =
          "Deletes my comment (a space administrator: anyone's); a tombstone stays while the thread has others")
  void delete(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    comments.delete(subject, id);
  }
}
