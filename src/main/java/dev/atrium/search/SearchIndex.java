package dev.atrium.search;

import dev.atrium.search.internal.IndexWriter;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
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
    ReentrantLock lock = locks[Math.floorMod(31 * kind.hashCode() + id.hashCode(), STRIPES)];
    lock.lock();
    try {
      current.get().ifPresentOrElse(this::put, () -> remove(kind, id));
    } finally {
      lock.unlock();
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
