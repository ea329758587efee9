package dev.atrium.doc.web;

import dev.atrium.access.Subject;
import dev.atrium.doc.MentionAnswer;
import dev.atrium.doc.MentionPeople;
import dev.atrium.doc.PageMentions;
import dev.atrium.doc.PageWatch;
import dev.atrium.doc.PageWatchers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Docs",
    description = "Spaces, their page trees, templates, favourites and recently viewed pages")
@RestController
class PageWatchController {

  private final PageWatchers watchers;
  private final PageMentions mentions;

  PageWatchController(PageWatchers watchers, PageMentions mentions) {
    this.watchers = watchers;
    this.mentions = mentions;
  }

  @GetMapping("/api/v1/pages/{id}/watch")
  @Operation(summary = "Whether I watch the page (am told of its edits and comments)")
  PageWatch status(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return watchers.status(subject, id);
  }

  @PutMapping("/api/v1/pages/{id}/watch")
  PageWatch watch(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return watchers.watch(subject, id, true);
  }

  @DeleteMapping("/api/v1/pages/{id}/watch")
  @Operation(
      summary = "Stops watching the page; editing or commenting on it later does not start again")
  PageWatch unwatch(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return watchers.watch(subject, id, false);
  }

  @PostMapping("/api/v1/pages/{id}/mentions")
  @Operation(
      summary =
          "Tells people I just mentioned in the page's text (editors); names those who cannot read it")
  MentionAnswer mention(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody MentionPeople command) {
    return mentions.mention(subject, id, command);
  }
}
