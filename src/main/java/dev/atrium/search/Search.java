package dev.atrium.search;

import dev.atrium.access.Subject;
import dev.atrium.search.internal.ParsedQuery;
import dev.atrium.search.internal.Searcher;
import dev.atrium.shared.DomainException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The one search: parses what the person typed, asks every module which access keys the person
 * holds now, and searches only documents carrying one of them.
 */
@Service
public class Search {

  public static final int MAX_SIZE = 50;
  /** Deeper than this nobody reads; a narrower query serves better. */
  public static final int MAX_DEPTH = 1000;

  private final List<SearchSource> sources;
  private final Searcher searcher;

  Search(List<SearchSource> sources, Searcher searcher) {
    this.sources = sources;
    this.searcher = searcher;
  }

  /** The kinds of document there are, as the modules contribute them. */
  public Set<String> kinds() {
    Set<String> kinds = new java.util.TreeSet<>();
    sources.forEach(source -> kinds.addAll(source.kinds()));
    return kinds;
  }

  /**
   * Searches for {@code text}; without a kind, one group per kind with up to {@code size} hits
   * each, best group first; with one, that kind's hits paged.
   */
  public SearchResults find(
      Subject subject,
      @Nullable String text,
      @Nullable String kind,
      @Nullable String sort,
      int page,
      int size,
      @Nullable String timeZone) {
    Set<String> kinds = kinds();
    if (kind != null && !kinds.contains(kind)) {
      throw new DomainException(
          HttpStatus.BAD_REQUEST,
          "search.unknown-filter",
          "Not a kind of result: " + kind + ".",
          Map.of("filter", "kind:" + kind));
    }
    if (size < 1 || size > MAX_SIZE || page < 0 || (long) (page + 1) * size > MAX_DEPTH) {
      throw new DomainException(
          HttpStatus.BAD_REQUEST,
          "search.bad-page",
          "Pages hold 1 to " + MAX_SIZE + " results, up to result " + MAX_DEPTH + ".",
          Map.of("max", MAX_SIZE));
    }
    Searcher.Order order = sort == null || sort.equals("relevance")
        ? Searcher.Order.RELEVANCE
        : sort.equals("date") ? Searcher.Order.DATE : null;
    if (order == null) {
      throw DomainException.badRequest("search.bad-sort", "Sort by relevance or by date.");
    }
    ParsedQuery query = ParsedQuery.parse(text, kinds, zone(timeZone));
    Set<String> keys = new HashSet<>();
    sources.forEach(source -> keys.addAll(source.accessKeys(subject)));
    return searcher.search(text == null ? "" : text.strip(), query, keys, kind, order, page, size);
  }

  private static ZoneId zone(@Nullable String timeZone) {
    if (timeZone == null || timeZone.isBlank()) {
      return ZoneOffset.UTC;
    }
    try {
      return ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      throw DomainException.badRequest(
          "search.bad-time-zone", "Not a time zone: " + timeZone + ".");
    }
  }
}
