package dev.atrium.search;

import dev.atrium.access.Subject;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A module's part of the search: its documents and who may read them. Implemented as a bean in the
 * module that owns the objects; the module also keeps the index current from its own events
 * ({@link SearchIndex#put}, {@link SearchIndex#remove}).
 */
public interface SearchSource {

  /** The kinds of document this source puts in the index. */
  Set<String> kinds();

  /** How many documents {@link #each} will give, for a rebuild's progress; an estimate will do. */
  long count();

  /** Every document as the database holds it now, for a rebuild. */
  void each(Consumer<SearchDocument> sink);

  /**
   * Changes committed to the database and not yet in the index, for a source that queues its own
   * instead of using {@link IndexingListener} (whose open publications are counted apart).
   */
  default long pending() {
    return 0;
  }

  /**
   * The access keys the subject holds for this source's documents, decided by the same rules as
   * everything else the module serves; asked on every search, so a change applies at once.
   */
  Set<String> accessKeys(Subject subject);
}
