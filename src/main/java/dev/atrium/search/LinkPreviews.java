package dev.atrium.search;

import dev.atrium.access.Subject;
import java.util.Optional;

/**
 * A module's part of link previews: turns a link to one of its objects (a client route such as
 * {@code /docs/pages/<id>}, the same {@code link} its search documents carry) into a card, for a
 * reader who may see the object. Lets a module that shows links (chat's unfurling) render another
 * module's objects without depending on it.
 */
public interface LinkPreviews {

  /** The card for the link's path, or empty when the path is not this module's or the reader may not see it. */
  Optional<LinkPreview> preview(Subject subject, String path);
}
