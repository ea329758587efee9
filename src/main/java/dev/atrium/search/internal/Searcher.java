package dev.atrium.search.internal;

import dev.atrium.search.SearchResults;
import dev.atrium.search.SearchResults.Group;
import dev.atrium.search.SearchResults.Hit;
import dev.atrium.shared.DomainException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.standalone.scope.SearchScope;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Runs a parsed query against the index for someone holding the given access keys: free text over
 * titles, bodies and names (in words and in bigrams, every term required), the filters as exact
 * clauses, and every hit's access checked against the keys before anything else.
 */
@Component
public class Searcher {

  static final String OPEN = "\uE000";
  static final String CLOSE = "\uE001";
  private static final int SNIPPET = 160;
  private static final AggregationKey<Map<String, Long>> KINDS = AggregationKey.of("kinds");

  private final SearchMapping mapping;

  Searcher(SearchMapping mapping) {
    this.mapping = mapping;
  }

  public enum Order {
    RELEVANCE,
    DATE
  }

  public SearchResults search(
      String raw,
      ParsedQuery query,
      Set<String> keys,
      @Nullable String kind,
      Order order,
      int page,
      int size) {
    if (keys.isEmpty()) {
      return new SearchResults(raw, List.of());
    }
    try (SearchSession session = mapping.createSession()) {
      SearchScope<IndexedDoc> scope = session.scope(IndexedDoc.class);
      Set<String> channels = resolve(session, scope, keys, query.channels(), false);
      Set<String> people = resolve(session, scope, keys, query.people(), true);
      Set<String> kinds = kind != null ? Set.of(kind) : query.kinds();
      List<Scored> groups = new ArrayList<>();
      if (kinds.size() == 1) {
        String only = kinds.iterator().next();
        groups.add(group(session, scope, query, keys, channels, people, only, order, page, size));
      } else {
        Map<String, Long> counts = session
            .search(scope)
            .where(f -> filtered(f, query, keys, channels, people, kinds))
            .aggregation(KINDS, f -> f.terms().field("kind", String.class))
            .fetch(0)
            .aggregation(KINDS);
        for (String each : counts.keySet()) {
          groups.add(group(session, scope, query, keys, channels, people, each, order, 0, size));
        }
        groups.sort(
            Comparator.comparingDouble((Scored group) -> group.best(order)).reversed());
      }
      return new SearchResults(
          raw, named(session, scope, groups.stream().map(Scored::group).toList()));
    }
  }

  /** A group and its best hit's score, which orders the groups. */
  private record Scored(Group group, float top) {
    double best(Order order) {
      if (group.hits().isEmpty()) {
        return Double.NEGATIVE_INFINITY;
      }
      return order == Order.DATE ? group.hits().getFirst().at().toEpochMilli() : top;
    }
  }

  private Scored group(
      SearchSession session,
      SearchScope<IndexedDoc> scope,
      ParsedQuery query,
      Set<String> keys,
      Set<String> channels,
      Set<String> people,
      String kind,
      Order order,
      int page,
      int size) {
    SearchResult<List<?>> result = session
        .search(scope)
        .select(f -> f.composite(
            f.field("id", String.class),
            f.field("link", String.class),
            f.field("containerId", String.class),
            f.field("authorId", String.class),
            f.field("at", Instant.class),
            f.score()))
        .where(f -> filtered(f, query, keys, channels, people, Set.of(kind)))
        .sort(f -> order == Order.DATE
            ? f.field("at").desc()
            : f.score().then().field("at").desc())
        .fetch(page * size, size);
    Map<String, List<?>> marked = highlighted(
        session,
        scope,
        query,
        kind,
        result.hits().stream().map(row -> (String) row.get(0)).toList());
    List<Hit> hits = new ArrayList<>();
    float top = 0;
    for (List<?> row : result.hits()) {
      top = Math.max(top, (Float) row.get(5));
      List<?> text = marked.getOrDefault((String) row.get(0), List.of(List.of(), List.of()));
      hits.add(new Hit(
          kind,
          UUID.fromString((String) row.get(0)),
          Highlights.segments(first(text.get(0)), SNIPPET),
          Highlights.segments(first(text.get(1)), SNIPPET),
          (String) row.get(1),
          uuid(row.get(2)),
          null,
          uuid(row.get(3)),
          null,
          (Instant) row.get(4)));
    }
    return new Scored(new Group(kind, result.total().hitCount(), hits), top);
  }

  /**
   * The found documents' titles and snippets with the matched words marked, by id. A query of its
   * own over just these documents: the highlighter checks each document against the whole query,
   * and the search's access filter (a thousand keys for someone in every public channel) made that
   * most of a search's time (bench/search-load.sh, JFR).
   */
  private Map<String, List<?>> highlighted(
      SearchSession session,
      SearchScope<IndexedDoc> scope,
      ParsedQuery query,
      String kind,
      List<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<String, List<?>> marked = new HashMap<>();
    session
        .search(scope)
        .select(f ->
            f.composite(f.field("id", String.class), f.highlight("title"), f.highlight("body")))
        .where(f -> f.bool(b -> {
          b.filter(f.id()
              .matchingAny(ids.stream().map(id -> IndexedDoc.key(kind, id)).toList()));
          b.must(query.hasText() ? text(f, query.text()) : f.matchAll());
        }))
        .highlighter(
            h -> h.unified().tag(OPEN, CLOSE).numberOfFragments(1).noMatchSize(Integer.MAX_VALUE))
        .fetchHits(ids.size())
        .forEach(row -> marked.put((String) row.get(0), List.of(row.get(1), row.get(2))));
    return marked;
  }

  private PredicateFinalStep filtered(
      SearchPredicateFactory f,
      ParsedQuery query,
      Set<String> keys,
      Set<String> channels,
      Set<String> people,
      Set<String> kinds) {
    return f.bool(b -> {
      b.filter(f.terms().field("access").matchingAny(keys));
      if (!kinds.isEmpty()) {
        b.filter(f.terms().field("kind").matchingAny(kinds));
      }
      if (!channels.isEmpty()) {
        b.filter(f.terms().field("containerId").matchingAny(channels));
      }
      if (!people.isEmpty()) {
        b.filter(f.terms().field("authorId").matchingAny(people));
      }
      for (String has : query.has()) {
        b.filter(f.match().field("has").matching(has));
      }
      if (query.after() != null || query.before() != null) {
        Instant from = query.after() == null ? null : query.after().toInstant();
        Instant to = query.before() == null ? null : query.before().toInstant();
        b.filter(f.range()
            .field("at")
            .between(
                from,
                org.hibernate.search.util.common.data.RangeBoundInclusion.INCLUDED,
                to,
                org.hibernate.search.util.common.data.RangeBoundInclusion.EXCLUDED));
      }
      if (query.hasText()) {
        b.must(text(f, query.text()));
      } else {
        b.must(f.matchAll());
      }
    });
  }

  /**
   * Every term of the text must match: in words (each of its words), in bigrams (all its character
   * pairs but one, so 证书过期 finds 证书下个月过期 though the segmenter cuts the two differently
   * and 书过 is in neither), or by name; a quoted term as a phrase. Terms without a
   * letter or digit are punctuation and ignored.
   */
  private static PredicateFinalStep text(SearchPredicateFactory f, String text) {
    return f.bool(b -> {
      for (String term : ParsedQuery.tokens(text)) {
        String bare = term.replace("\"", " ").strip();
        if (bare.codePoints().noneMatch(Character::isLetterOrDigit)) {
          continue;
        }
        if (term.contains("\"")) {
          b.must(f.or(
              f.phrase().field("title").boost(3f).field("body").matching(bare),
              f.phrase().field("title_bigrams").boost(2f).field("body_bigrams").matching(bare)));
        } else {
          b.must(f.or(
              f.match().field("title").boost(3f).matching(bare).minimumShouldMatchPercent(100),
              f.match().field("body").matching(bare).minimumShouldMatchPercent(100),
              f.match()
                  .field("title_bigrams")
                  .boost(2f)
                  .matching(bare)
                  .minimumShouldMatch()
                  .ifMoreThan(0)
                  .thenRequirePercent(100)
                  .ifMoreThan(2)
                  .thenRequireNumber(-1)
                  .end(),
              f.match()
                  .field("body_bigrams")
                  .matching(bare)
                  .minimumShouldMatch()
                  .ifMoreThan(0)
                  .thenRequirePercent(100)
                  .ifMoreThan(2)
                  .thenRequireNumber(-1)
                  .end(),
              f.match().field("extra").boost(2f).matching(bare).minimumShouldMatchPercent(100)));
        }
      }
    });
  }

  /**
   * The ids an {@code in:} or {@code from:} filter names, looked up in the index itself among what
   * the person may see: a channel by its name, a person by name, pinyin or (prefix of) e-mail.
   */
  private Set<String> resolve(
      SearchSession session,
      SearchScope<IndexedDoc> scope,
      Set<String> keys,
      Set<String> names,
      boolean person) {
    Set<String> ids = new java.util.LinkedHashSet<>();
    for (String name : names) {
      // in: names a place: a channel, or a space of pages
      List<String> kinds = person ? List.of("person") : List.of("channel", "space");
      // an exact name (or id) first; a person also by a prefix of their name, pinyin or e-mail
      List<String> found = lookUp(
          session,
          scope,
          keys,
          kinds,
          f -> f.or(
              f.match().field("title_exact").matching(name),
              f.id()
                  .matchingAny(
                      kinds.stream().map(kind -> IndexedDoc.key(kind, name)).toList())));
      if (found.isEmpty() && person) {
        found = lookUp(
            session,
            scope,
            keys,
            kinds,
            f -> f.simpleQueryString()
                .field("extra")
                .matching(name)
                .defaultOperator(BooleanOperator.AND)
                .flags(SimpleQueryFlag.WHITESPACE));
      }
      if (found.isEmpty()) {
        throw new DomainException(
            HttpStatus.BAD_REQUEST,
            person ? "search.unknown-person" : "search.unknown-channel",
            (person
                    ? "Nobody you can see is called "
                    : "No channel or space you can see is called ")
                + name + ".",
            Map.of("value", name));
      }
      ids.addAll(found);
    }
    return ids;
  }

  private List<String> lookUp(
      SearchSession session,
      SearchScope<IndexedDoc> scope,
      Set<String> keys,
      List<String> kinds,
      java.util.function.Function<SearchPredicateFactory, PredicateFinalStep> name) {
    return session
        .search(scope)
        .select(f -> f.field("id", String.class))
        .where(f -> f.bool(b -> {
          b.filter(f.terms().field("access").matchingAny(keys));
          b.filter(f.terms().field("kind").matchingAny(kinds));
          b.must(name.apply(f));
        }))
        .fetchHits(50);
  }

  /** Fills in the names of the hits' containers and authors, as the index knows them. */
  private List<Group> named(
      SearchSession session, SearchScope<IndexedDoc> scope, List<Group> groups) {
    Set<String> ids = new java.util.HashSet<>();
    for (Group group : groups) {
      for (Hit hit : group.hits()) {
        if (hit.containerId() != null) ids.add(hit.containerId().toString());
        if (hit.authorId() != null) ids.add(hit.authorId().toString());
      }
    }
    if (ids.isEmpty()) {
      return groups;
    }
    Map<String, String> names = new HashMap<>();
    session
        .search(scope)
        .select(f -> f.composite(f.field("id", String.class), f.field("title", String.class)))
        // named only for hits the person may read: a hit's channel and author are theirs to see
        .where(f -> f.terms().field("id").matchingAny(ids))
        .fetchHits(ids.size() * 2)
        .forEach(row -> names.put((String) row.get(0), (String) row.get(1)));
    return groups.stream()
        .map(group -> new Group(
            group.kind(),
            group.total(),
            group.hits().stream()
                .map(hit -> new Hit(
                    hit.kind(),
                    hit.id(),
                    hit.title(),
                    hit.snippet(),
                    hit.link(),
                    hit.containerId(),
                    name(names, hit.containerId()),
                    hit.authorId(),
                    name(names, hit.authorId()),
                    hit.at()))
                .toList()))
        .toList();
  }

  private static @Nullable String name(Map<String, String> names, @Nullable UUID id) {
    return id == null ? null : names.get(id.toString());
  }

  private static String first(Object highlights) {
    Collection<?> list = (Collection<?>) highlights;
    return list.isEmpty() ? "" : (String) list.iterator().next();
  }

  private static @Nullable UUID uuid(Object value) {
    return value == null ? null : UUID.fromString((String) value);
  }
}
