package dev.atrium.announce.web;

import dev.atrium.access.Subject;
import dev.atrium.announce.AnnouncementComment;
import dev.atrium.announce.Discussion;
import dev.atrium.announce.Reaction;
import dev.atrium.announce.WriteAnnouncementComment;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Announcements")
@RestController
@RequestMapping("/api/v1/announcements/{id}")
class AnnouncementDiscussionController {

  private final Discussion discussion;

  AnnouncementDiscussionController(Discussion discussion) {
    this.discussion = discussion;
  }

  @GetMapping("/comments")
  List<AnnouncementComment> comments(
      @AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return discussion.comments(subject, id);
  }

  @PostMapping("/comments")
  @ResponseStatus(HttpStatus.CREATED)
  AnnouncementComment comment(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody WriteAnnouncementComment command) {
    return discussion.comment(subject, id, command);
  }

  @PutMapping("/reactions/{emoji}")
  List<Reaction> react(
      @AuthenticationPrincipal Subject subject, @PathVariable UUID id, @PathVariable String emoji) {
    return discussion.react(subject, id, emoji, true);
  }

  @DeleteMapping("/reactions/{emoji}")
  List<Reaction> unreact(
      @AuthenticationPrincipal Subject subject, @PathVariable UUID id, @PathVariable String emoji) {
    return discussion.react(subject, id, emoji, false);
  }
}
