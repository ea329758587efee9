package dev.atrium.search.internal;

import dev.atrium.search.SearchDocument;
import dev.atrium.search.SearchIndex;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.springframework.stereotype.Component;

/** Writes documents into the index, one at a time for events and in batches for a rebuild. */
@Component
public class IndexWriter {

  private final SearchMapping mapping;

  IndexWriter(SearchMapping mapping) {
    this.mapping = mapping;
  }

  public void put(SearchDocument document) {
    write(List.of(document), List.of());
  }

  public void remove(String kind, UUID id) {
    write(List.of(), List.of(new SearchIndex.Key(kind, id)));
  }

  /** One indexing plan, so one commit (the default strategy waits for it) for the whole batch. */
  public void write(Collection<SearchDocument> put, Collection<SearchIndex.Key> removed) {
    long now = System.currentTimeMillis();
    try (SearchSession session = mapping.createSession()) {
      removed.forEach(key -> session
          .indexingPlan()
          .purge(IndexedDoc.class, IndexedDoc.key(key.kind(), key.id()), null));
      put.forEach(document -> session.indexingPlan().addOrUpdate(IndexedDoc.of(document, now)));
    }
  }

  /**
   * Writes a rebuild's batch without waiting for each commit: the rebuild flushes once at the end,
   * and a crash midway only means rebuilding again.
   */
  CompletableFuture<?> putBatch(List<SearchDocument> documents, long written) {
    try (SearchSession session = unsynchronised()) {
      CompletionStage<?>[] stages = documents.stream()
          .map(document -> session.indexer().addOrUpdate(IndexedDoc.of(document, written)))
          .toArray(CompletionStage[]::new);
      return CompletableFuture.allOf(java.util.Arrays.stream(stages)
          .map(CompletionStage::toCompletableFuture)
          .toArray(CompletableFuture[]::new));
    }
  }

  CompletableFuture<?> removeKeys(List<String> keys) {
    try (SearchSession session = unsynchronised()) {
      return CompletableFuture.allOf(keys.stream()
          .map(key -> session.indexer().delete(IndexedDoc.class, key, null).toCompletableFuture())
          .toArray(CompletableFuture[]::new));
    }
  }

  /** A session whose writes neither commit nor refresh: the default (sync) would commit every document. */
  private SearchSession unsynchronised() {
    return mapping
        .createSessionWithOptions()
        .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async())
        .build();
  }

  void flush() {
    try (SearchSession session = mapping.createSession()) {
      session.workspace().flush();
      session.workspace().refresh();
    }
  }
}
