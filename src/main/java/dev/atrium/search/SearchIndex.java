package dev.atrium.search;

import dev.atrium.search.internal.IndexWriter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Keeps the index current: a module calls it from its event listeners (never inline in a business
 * transaction, DESIGN.md), with the document as the database holds it now, so a replayed or
 * reordered event still leaves the right text in the index.
 */
@Service
public class SearchIndex {

  private static final int STRIPES = 64;

  private final IndexWriter writer;
  private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

  SearchIndex(IndexWriter writer) {
    this.writer = writer;
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  /**
   * Reads a document as the database holds it now ({@code current}; empty when it should not be
   * in the index) and writes or removes it, with no other refresh of the same document in between
   * on this node. Two listeners of one object running at once could otherwise read the old row and
   * the new one and write them in the opposite order, leaving the old text in the index.
   */
  public void refresh(String kind, UUID id, Supplier<Optional<SearchDocument>> current) {
    refresh(kind, List.of(id), ids -> current.get().stream().toList());
  }

  /**
   * {@link #refresh(String, UUID, Supplier)} for many documents of one kind at once: one read
   * ({@code current} answers the documents of those ids that should be in the index) and one
   * commit; the ids it does not answer are removed.
   */
  public void refresh(
      String kind, Collection<UUID> ids, Function<Collection<UUID>, List<SearchDocument>> current) {
    if (ids.isEmpty()) {
      return;
    }
    // in ascending order, so two refreshes of overlapping sets cannot wait on each other
    SortedSet<Integer> stripes = new TreeSet<>();
    ids.forEach(id -> stripes.add(Math.floorMod(31 * kind.hashCode() + id.hashCode(), STRIPES)));
    stripes.forEach(stripe -> locks[stripe].lock());
    try {
      List<SearchDocument> found = current.apply(ids);
      Set<UUID> kept = found.stream().map(SearchDocument::id).collect(Collectors.toSet());
      writer.write(
          found,
          ids.stream()
              .filter(id -> !kept.contains(id))
              .map(id -> new Key(kind, id))
              .toList());
    } finally {
      stripes.forEach(stripe -> locks[stripe].unlock());
    }
  }

  /** Adds or replaces a document; returns once the change is durable and searchable. */
  public void put(SearchDocument document) {
    writer.put(document);
  }

  /** Removes a document, if it is there; returns once the removal is durable and searchable. */
  public void remove(String kind, UUID id) {
    writer.remove(kind, id);
  }

  /**
   * Adds or replaces {@code put} and removes {@code removed} in one index commit, for a module
   * that indexes its changes in batches; returns once all of it is durable and searchable.
   */
  public void write(Collection<SearchDocument> put, Collection<Key> removed) {
    writer.write(put, removed);
  }

  /** Names a document to remove. */
  public record Key(String kind, UUID id) {}
}
