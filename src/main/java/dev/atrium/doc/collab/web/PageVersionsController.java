package dev.atrium.doc.collab.web;

import dev.atrium.access.Subject;
import dev.atrium.doc.collab.PageVersion;
import dev.atrium.doc.collab.PageVersionContent;
import dev.atrium.doc.collab.PageVersions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Pages", description = "Knowledge-base spaces, pages and their history")
@RestController
class PageVersionsController {

  /** A version's new name; blank or absent clears it. */
  record VersionName(@Nullable String name) {}

  private final PageVersions versions;

  PageVersionsController(PageVersions versions) {
    this.versions = versions;
  }

  @Operation(
      summary = "The page's kept versions, newest first, with who edited since the one before")
  @GetMapping("/api/v1/pages/{id}/versions")
  List<PageVersion> list(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return versions.list(subject, id);
  }

  @Operation(
      summary = "One version's content: its Yjs state (base64) and Markdown, to compare or restore")
  @GetMapping("/api/v1/pages/{id}/versions/{number}")
  PageVersionContent get(
      @AuthenticationPrincipal Subject subject, @PathVariable UUID id, @PathVariable int number) {
    return versions.get(subject, id, number);
  }

  @Operation(summary = "Names a version (editors); a blank name clears it")
  @PutMapping("/api/v1/pages/{id}/versions/{number}/name")
  PageVersion name(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @PathVariable int number,
      @RequestBody VersionName body) {
    return versions.name(subject, id, number, body.name());
  }
}
