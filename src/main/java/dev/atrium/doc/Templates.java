package dev.atrium.doc;

import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Subject;
import dev.atrium.access.Viewer;
import dev.atrium.doc.internal.BuiltInTemplates;
import dev.atrium.doc.internal.PageRow;
import dev.atrium.doc.internal.PagesTable;
import dev.atrium.doc.internal.SpaceRow;
import dev.atrium.doc.internal.SpacesTable;
import dev.atrium.doc.internal.TemplateRow;
import dev.atrium.doc.internal.TemplatesTable;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages to start from: four built in (meeting notes, project plan, SOP, weekly report, in Chinese and
 * English), and pages saved as templates for their space (by its editors) or for the whole company
 * (by system administrators). A space's templates are seen by whoever may read the space.
 */
@Service
public class Templates {

  private final TemplatesTable templates;
  private final BuiltInTemplates builtIn;
  private final SpacesTable spaceRows;
  private final PagesTable pages;
  private final ResourceAccess resources;
  private final Spaces spaces;

  Templates(
      TemplatesTable templates,
      BuiltInTemplates builtIn,
      SpacesTable spaceRows,
      PagesTable pages,
      ResourceAccess resources,
      Spaces spaces) {
    this.templates = templates;
    this.builtIn = builtIn;
    this.spaceRows = spaceRows;
    this.pages = pages;
    this.resources = resources;
    this.spaces = spaces;
  }

  /**
   * The built-in templates in {@code language}, then the company's and, by name, those of one space
   * or (without {@code spaceId}) of every space the reader may read.
   */
  @Transactional(readOnly = true)
  public List<Template> list(Subject subject, @Nullable UUID spaceId, @Nullable String language) {
    Viewer viewer = resources.viewer(subject);
    List<UUID> spaceIds = spaceId != null
        ? List.of(spaces.readable(viewer, spaceId).id())
        : spaceRows.readable(viewer);
    List<Template> all = new ArrayList<>(builtIn.all(language(language)));
    for (TemplateRow row : templates.companyAnd(spaceIds)) {
      all.add(view(row, viewer));
    }
    return all;
  }

  /** Saves the page's stored Markdown (or the template it still starts from) as a template. */
  @Transactional
  public Template save(Subject subject, SaveTemplate command) {
    Viewer viewer = resources.viewer(subject);
    PageRow page = pages
        .view(command.pageId(), viewer)
        .filter(p -> p.trashedAt() == null && p.readable())
        .orElseThrow(() -> DomainException.notFound("doc.page-not-found", "No such page."));
    if (command.forCompany()) {
      if (!viewer.contentAdmin()) {
        throw DomainException.forbidden(
            "doc.not-admin", "Only administrators save templates for the whole company.");
      }
    } else {
      spaces.writable(viewer, page.spaceId());
    }
    String markdown = pages.content(page.id()).markdown();
    if (markdown == null) {
      markdown = page.initialMarkdown();
    }
    if (markdown == null || markdown.isBlank()) {
      throw DomainException.badRequest(
          "doc.page-empty", "The page has no content to start from yet.");
    }
    UUID id = Ids.newId();
    templates.insert(
        id,
        command.forCompany() ? null : page.spaceId(),
        command.name().strip(),
        Spaces.blankToNull(command.description()),
        markdown,
        subject.personId(),
        spaces.now());
    return view(templates.find(id).orElseThrow(), viewer);
  }

  /** Deletes a saved template: its author, an administrator of its space, or a system administrator. */
  @Transactional
  public void delete(Subject subject, String templateId) {
    Viewer viewer = resources.viewer(subject);
    if (builtIn.find(templateId, BuiltInTemplates.CHINESE).isPresent()) {
      throw DomainException.forbidden(
          "doc.template-built-in", "Built-in templates cannot be deleted.");
    }
    TemplateRow row = saved(viewer, templateId)
        .orElseThrow(() -> DomainException.notFound("doc.template-not-found", "No such template."));
    if (!view(row, viewer).canDelete()) {
      throw DomainException.forbidden(
          "doc.not-template-owner",
          "Only its author or an administrator may delete this template.");
    }
    templates.delete(row.id());
  }

  /** The Markdown a new page starts from, if the viewer may use the template in that space. */
  String markdownFor(Viewer viewer, String templateId, @Nullable String language, UUID spaceId) {
    Optional<Template> fixed = builtIn.find(templateId, language(language));
    if (fixed.isPresent()) {
      return fixed.get().markdown();
    }
    return saved(viewer, templateId)
        .filter(row -> row.spaceId() == null || row.spaceId().equals(spaceId))
        .map(TemplateRow::markdown)
        .orElseThrow(() -> DomainException.badRequest(
            "doc.template-not-found", "No such template for this space."));
  }

  /** A saved template the viewer may see: the company's, or one of a space they may read. */
  private Optional<TemplateRow> saved(Viewer viewer, String templateId) {
    UUID id;
    try {
      id = UUID.fromString(templateId);
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
    return templates
        .find(id)
        .filter(row -> row.spaceId() == null
            || spaceRows.view(row.spaceId(), viewer).map(SpaceRow::role).orElse(0) > 0);
  }

  private Template view(TemplateRow row, Viewer viewer) {
    boolean canDelete = viewer.contentAdmin()
        || row.createdBy().equals(viewer.personId())
        || row.spaceId() != null
            && spaceRows.view(row.spaceId(), viewer).map(SpaceRow::role).orElse(0) == 3;
    return new Template(
        row.id().toString(),
        row.name(),
        row.description(),
        false,
        row.spaceId(),
        row.markdown(),
        canDelete);
  }

  private static String language(@Nullable String language) {
    return BuiltInTemplates.ENGLISH.equals(language)
        ? BuiltInTemplates.ENGLISH
        : BuiltInTemplates.CHINESE;
  }
}
