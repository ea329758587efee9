package dev.atrium.search.internal;

import dev.atrium.search.IndexStatus;
import dev.atrium.search.IndexStatus.Rebuild;
import dev.atrium.search.SearchDocument;
import dev.atrium.search.SearchSource;
import dev.atrium.shared.data.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the index from the database, one at a time, while search goes on: every source's
 * documents are written over the old ones, then whatever the rebuild neither wrote nor saw written
 * since it began (objects deleted meanwhile or long ago) is removed.
 */
@Component
public class Rebuilds {

  private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);
  private static final int BATCH = 500;
  private static final AggregationKey<Map<String, Long>> KINDS = AggregationKey.of("kinds");

  private final List<SearchSource> sources;
  private final IndexWriter writer;
  private final SearchMapping mapping;
  private final JdbcClient jdbc;
  private final @Nullable Path directory;
  private final String backend;
  private final AtomicReference<@Nullable Rebuild> last = new AtomicReference<>();
  private final AtomicLong done = new AtomicLong();
  /** The batch being written by the rebuild's thread; only that thread touches it. */
  private java.util.concurrent.CompletableFuture<?> inFlight =
      java.util.concurrent.CompletableFuture.completedFuture(null);

  Rebuilds(
      List<SearchSource> sources,
      IndexWriter writer,
      SearchMapping mapping,
      JdbcClient jdbc,
      DataDirectory data,
      @Value("${atrium.search.backend:lucene}") String backend) {
    this.sources = sources;
    this.writer = writer;
    this.mapping = mapping;
    this.jdbc = jdbc;
    this.backend = backend;
    this.directory = backend.equals("lucene") ? data.resolve("index") : null;
  }

  /**
   * An empty index over a database that has something to find (a first start after an upgrade, or
   * the index directory deleted to recover from a bad disk) is rebuilt at once.
   */
  @EventListener(ApplicationReadyEvent.class)
  void rebuildWhenEmpty() {
    if (status().documents() == 0 && sources.stream().anyMatch(source -> source.count() > 0)) {
      log.info("Search index is empty; rebuilding it from the database");
      start();
    }
  }

  /** Starts a rebuild on its own thread; false if one is already running. */
  public synchronized boolean start() {
    Rebuild current = last.get();
    if (current != null && current.finishedAt() == null) {
      return false;
    }
    long total = sources.stream().mapToLong(SearchSource::count).sum();
    Instant startedAt = Instant.now();
    done.set(0);
    last.set(new Rebuild(startedAt, null, 0, total, 0, null));
    Thread.ofPlatform().name("search-rebuild").daemon().start(() -> run(startedAt, total));
    return true;
  }

  private void run(Instant startedAt, long total) {
    long written = startedAt.toEpochMilli();
    try {
      for (SearchSource source : sources) {
        List<SearchDocument> batch = new ArrayList<>(BATCH);
        source.each(document -> {
          batch.add(document);
          if (batch.size() == BATCH) {
            write(batch, written);
          }
        });
        write(batch, written);
      }
      awaitWritten();
      writer.flush();
      long removed = removeStale(written);
      last.set(new Rebuild(startedAt, Instant.now(), done.get(), total, removed, null));
      log.info(
          "Search index rebuilt: {} documents in {} ms, {} stale removed",
          done.get(),
          Instant.now().toEpochMilli() - written,
          removed);
    } catch (RuntimeException e) {
      log.error("Search index rebuild failed", e);
      last.set(new Rebuild(
          startedAt, Instant.now(), done.get(), total, 0, String.valueOf(e.getMessage())));
    }
  }

  /**
   * Hands a batch to the index and goes back to reading the next while it is analysed; at most one
   * batch waits, so memory stays bounded and progress counts what was written.
   */
  private void write(List<SearchDocument> batch, long written) {
    if (batch.isEmpty()) {
      return;
    }
    awaitWritten();
    int size = batch.size();
    inFlight = writer.putBatch(List.copyOf(batch), written).thenRun(() -> done.addAndGet(size));
    batch.clear();
  }

  private void awaitWritten() {
    inFlight.join();
  }

  private long removeStale(long written) {
    long removed = 0;
    try (SearchSession session = mapping.createSession();
        SearchScroll<String> scroll = session
            .search(IndexedDoc.class)
            .select(f -> f.id(String.class))
            .where(f -> f.range().field("written").lessThan(written))
            .scroll(1000)) {
      for (SearchScrollResult<String> chunk = scroll.next();
          chunk.hasHits();
          chunk = scroll.next()) {
        writer.removeKeys(chunk.hits()).join();
        removed += chunk.hits().size();
      }
    }
    writer.flush();
    return removed;
  }

  public IndexStatus status() {
    Rebuild rebuild = last.get();
    if (rebuild != null && rebuild.finishedAt() == null) {
      rebuild = new Rebuild(rebuild.startedAt(), null, done.get(), rebuild.total(), 0, null);
    }
    Map<String, Long> byKind;
    try (SearchSession session = mapping.createSession()) {
      byKind = new TreeMap<>(session
          .search(IndexedDoc.class)
          .where(f -> f.matchAll())
          .aggregation(KINDS, f -> f.terms().field("kind", String.class).maxTermCount(100))
          .fetch(0)
          .aggregation(KINDS));
    }
    long documents = byKind.values().stream().mapToLong(Long::longValue).sum();
    return new IndexStatus(
        rebuild != null && rebuild.finishedAt() == null
            ? IndexStatus.State.REBUILDING
            : IndexStatus.State.READY,
        backend,
        documents,
        byKind,
        size(),
        pendingEvents(),
        rebuild);
  }

  /**
   * Changes committed to the database whose indexing has not completed yet: the publications of
   * the modules' search feeds (listeners named {@code …SearchFeed}) still open in the registry,
   * and what the sources queue themselves.
   */
  private long pendingEvents() {
    return jdbc.sql(
                "select count(*) from shared.event_publication where completion_date is null and listener_id like '%SearchFeed%'")
            .query(Long.class)
            .single()
        + sources.stream().mapToLong(SearchSource::pending).sum();
  }

  private long size() {
    if (directory == null || !Files.isDirectory(directory)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(path -> {
            try {
              return Files.size(path);
            } catch (IOException e) {
              return 0; // a segment merged away while we walked
            }
          })
          .sum();
    } catch (IOException | UncheckedIOException e) {
      return 0; // the directory changed under the walk; the next look will tell
    }
  }
}
