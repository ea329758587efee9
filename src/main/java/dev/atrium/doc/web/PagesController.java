package dev.atrium.doc.web;

import dev.atrium.access.Subject;
import dev.atrium.doc.AttachFiles;
import dev.atrium.doc.CopyPage;
import dev.atrium.doc.CreatePage;
import dev.atrium.doc.MovePage;
import dev.atrium.doc.Page;
import dev.atrium.doc.PageAttachments;
import dev.atrium.doc.PageRestrictions;
import dev.atrium.doc.Pages;
import dev.atrium.doc.RestrictPage;
import dev.atrium.doc.UpdatePage;
import dev.atrium.files.StoredFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Docs",
    description = "Spaces, their page trees, templates, favourites and recently viewed pages")
@RestController
@RequestMapping("/api/v1/pages")
class PagesController {

  private final Pages pages;
  private final PageAttachments attachments;

  PagesController(Pages pages, PageAttachments attachments) {
    this.pages = pages;
    this.attachments = attachments;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Page create(@AuthenticationPrincipal Subject subject, @Valid @RequestBody CreatePage command) {
    return pages.create(subject, command);
  }

  @GetMapping("/{id}")
  @Operation(summary = "Opens a page (and notes it among my recently viewed pages)")
  Page get(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return pages.open(subject, id);
  }

  @PatchMapping("/{id}")
  Page update(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody UpdatePage command) {
    return pages.update(subject, id, command);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Puts the page and its subtree in the space's trash")
  void trash(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    pages.trash(subject, id);
  }

  @PostMapping("/{id}/attachments")
  List<StoredFile> attach(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody AttachFiles command) {
    return attachments.attach(subject, id, command);
  }

  @PostMapping("/{id}/restore")
  @Operation(
      summary = "Brings a trashed page back with its subtree, where it was or at the top level")
  Page restore(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return pages.restore(subject, id);
  }

  @PostMapping("/{id}/move")
  @Operation(
      summary =
          "Moves the page under a parent (none: the top level) at an index among its visible siblings")
  Page move(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody MovePage command) {
    return pages.move(subject, id, command);
  }

  @PostMapping("/{id}/copy")
  @ResponseStatus(HttpStatus.CREATED)
  Page copy(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody CopyPage command) {
    return pages.copy(subject, id, command);
  }

  @PostMapping("/{id}/archive")
  Page archive(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return pages.archive(subject, id, true);
  }

  @PostMapping("/{id}/unarchive")
  Page unarchive(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return pages.archive(subject, id, false);
  }

  @GetMapping(
      value = "/{id}/markdown",
      produces = {"text/markdown", MediaType.APPLICATION_JSON_VALUE})
  @Operation(summary = "The page's stored rendering as Markdown, to download")
  ResponseEntity<String> markdown(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "markdown", java.nio.charset.StandardCharsets.UTF_8))
        .body(pages.markdown(subject, id));
  }

  @GetMapping("/{id}/restrictions")
  PageRestrictions restrictions(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return pages.restrictions(subject, id);
  }

  @PutMapping("/{id}/restrictions")
  @Operation(
      summary =
          "Narrows who may read or edit the page and its subtree; two empty lists lift the page's own restrictions")
  PageRestrictions restrict(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody RestrictPage command) {
    return pages.restrict(subject, id, command);
  }
}
