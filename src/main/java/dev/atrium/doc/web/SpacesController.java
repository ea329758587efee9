package dev.atrium.doc.web;

import dev.atrium.access.Subject;
import dev.atrium.doc.CreateSpace;
import dev.atrium.doc.PageNode;
import dev.atrium.doc.Pages;
import dev.atrium.doc.ReplaceGrants;
import dev.atrium.doc.Space;
import dev.atrium.doc.SpaceGrant;
import dev.atrium.doc.Spaces;
import dev.atrium.doc.Trash;
import dev.atrium.doc.TrashedPage;
import dev.atrium.doc.UpdateSpace;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Docs",
    description = "Spaces, their page trees, templates, favourites and recently viewed pages")
@RestController
@RequestMapping("/api/v1/spaces")
class SpacesController {

  private final Spaces spaces;
  private final Pages pages;
  private final Trash trash;

  SpacesController(Spaces spaces, Pages pages, Trash trash) {
    this.spaces = spaces;
    this.pages = pages;
    this.trash = trash;
  }

  @GetMapping
  @Operation(
      summary =
          "The spaces I hold a grant in (archived ones with archived=true), my personal space first")
  List<Space> mine(
      @AuthenticationPrincipal Subject subject,
      @RequestParam(defaultValue = "false") boolean archived) {
    return spaces.mine(subject, archived);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Opens a space; asking for my personal space again returns the one there is")
  Space create(@AuthenticationPrincipal Subject subject, @Valid @RequestBody CreateSpace command) {
    return spaces.create(subject, command);
  }

  @GetMapping("/{id}")
  Space get(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return spaces.get(subject, id);
  }

  @PatchMapping("/{id}")
  Space update(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody UpdateSpace command) {
    return spaces.update(subject, id, command);
  }

  @PostMapping("/{id}/archive")
  Space archive(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return spaces.archive(subject, id, true);
  }

  @PostMapping("/{id}/unarchive")
  Space unarchive(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return spaces.archive(subject, id, false);
  }

  @GetMapping("/{id}/grants")
  @Operation(summary = "Who may read, edit or administer the space (its administrators only)")
  List<SpaceGrant> grants(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return spaces.grants(subject, id);
  }

  @PutMapping("/{id}/grants")
  List<SpaceGrant> replaceGrants(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody ReplaceGrants command) {
    return spaces.replaceGrants(subject, id, command);
  }

  @GetMapping("/{id}/pages")
  @Operation(
      summary =
          "The space's page tree as I may see it, siblings in order; with tag, only the pages carrying it")
  List<PageNode> tree(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable String tag) {
    return pages.tree(subject, id, tag);
  }

  @GetMapping("/{id}/trash")
  List<TrashedPage> trash(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return pages.trashOf(subject, id);
  }

  @DeleteMapping("/{id}/trash")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Deletes every page in the space's trash for good (its administrators only)")
  void emptyTrash(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    trash.empty(subject, id);
  }

  @DeleteMapping("/{id}/trash/{pageId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary =
          "Deletes a trashed page and what went to the trash with it for good (its administrators only)")
  void purge(
      @AuthenticationPrincipal Subject subject, @PathVariable UUID id, @PathVariable UUID pageId) {
    trash.purge(subject, id, pageId);
  }
}
