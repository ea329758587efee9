package dev.atrium.doc.internal;

import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Subject;
import dev.atrium.search.LinkPreview;
import dev.atrium.search.LinkPreviews;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Cards for links to pages ({@code /docs/pages/<id>}, {@code /docs/spaces/<id>/pages/<id>}): title, space and the start of the text, for whoever may read the page. */
@Component
class PageLinkPreviews implements LinkPreviews {

  /** The longest excerpt, in characters. */
  static final int EXCERPT = 200;

  private static final String ID =
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
  /** The short form, and the address the web client shows in its bar (within the page's space). */
  private static final Pattern PAGE =
      Pattern.compile("^/docs/(?:spaces/" + ID + "/)?pages/(" + ID + ")/?$");

  private final PagesTable pages;
  private final ResourceAccess resources;

  PageLinkPreviews(PagesTable pages, ResourceAccess resources) {
    this.pages = pages;
    this.resources = resources;
  }

  @Override
  public Optional<LinkPreview> preview(Subject subject, String path) {
    Matcher m = PAGE.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    UUID id = UUID.fromString(m.group(1));
    return pages
        .view(id, resources.viewer(subject))
        .filter(page -> page.trashedAt() == null && page.readable())
        .map(page -> new LinkPreview(
            DocSearch.PAGE,
            page.id(),
            page.title(),
            page.spaceId(),
            page.spaceName(),
            excerpt(pages.content(id).text()),
            page.updatedAt()));
  }

  private static String excerpt(@Nullable String text) {
    if (text == null) {
      return "";
    }
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.codePointCount(0, flat.length()) <= EXCERPT
        ? flat
        : flat.substring(0, flat.offsetByCodePoints(0, EXCERPT)) + "…";
  }
}
