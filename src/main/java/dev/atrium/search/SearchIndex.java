package dev.atrium.search;

import dev.atrium.search.internal.IndexWriter;
import java.util.Collection;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Keeps the index current: a module calls it from its event listeners (never inline in a business
 * transaction, DESIGN.md), with the document as the database holds it now, so a replayed or
 * reordered event still leaves the right text in the index.
 */
@Service
public class SearchIndex {

  private final IndexWriter writer;

  SearchIndex(IndexWriter writer) {
    this.writer = writer;
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
