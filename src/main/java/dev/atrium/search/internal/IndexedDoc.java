package dev.atrium.search.internal;

import dev.atrium.search.SearchDocument;
import java.time.Instant;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.SearchEntity;
import org.jspecify.annotations.Nullable;

/**
 * The one document type of the index: every module's objects are mapped to it, so a new module
 * needs no change here. Text is indexed twice (DESIGN.md): in words for precision and in CJK
 * bigrams for recall where the word segmenter guesses wrong.
 */
@SearchEntity(name = IndexedDoc.NAME)
@Indexed(index = "atrium")
@SuppressWarnings(
    "NullAway.Init") // the fields are set by of(), or by Hibernate Search when it loads one
public class IndexedDoc {

  public static final String NAME = "doc";

  @DocumentId
  public String key;

  @KeywordField(
      projectable = Projectable.YES,
      aggregable = org.hibernate.search.engine.backend.types.Aggregable.YES)
  public String kind;

  @KeywordField(projectable = Projectable.YES)
  public String id;

  @FullTextField(
      analyzer = Analysis.WORDS,
      projectable = Projectable.YES,
      highlightable = Highlightable.UNIFIED,
      termVector = TermVector.WITH_POSITIONS_OFFSETS)
  @FullTextField(name = "title_bigrams", analyzer = Analysis.BIGRAMS)
  @KeywordField(name = "title_exact", normalizer = Analysis.LOWERCASE)
  public String title;

  // offsets stored, so highlighting a hit need not segment its text again (smartcn is slow)
  @FullTextField(
      analyzer = Analysis.WORDS,
      projectable = Projectable.YES,
      highlightable = Highlightable.UNIFIED,
      termVector = TermVector.WITH_POSITIONS_OFFSETS)
  @FullTextField(name = "body_bigrams", analyzer = Analysis.BIGRAMS)
  public String body;

  @FullTextField(analyzer = Analysis.NAME_PREFIXES, searchAnalyzer = Analysis.NAMES)
  public String extra;

  @KeywordField(projectable = Projectable.YES)
  public @Nullable String containerId;

  @KeywordField(projectable = Projectable.YES)
  public @Nullable String authorId;

  @GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
  public Instant at;

  @KeywordField
  public Set<String> access;

  @KeywordField
  public Set<String> has;

  @KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
  public String link;

  /** When this document was written (epoch ms): a rebuild removes what it did not write or see written. */
  @GenericField
  public long written;

  static String key(String kind, Object id) {
    return kind + ":" + id;
  }

  static IndexedDoc of(SearchDocument source, long written) {
    IndexedDoc doc = new IndexedDoc();
    doc.key = key(source.kind(), source.id());
    doc.kind = source.kind();
    doc.id = source.id().toString();
    doc.title = source.title();
    doc.body = source.body();
    doc.extra = source.extra();
    doc.containerId = source.containerId() == null ? null : source.containerId().toString();
    doc.authorId = source.authorId() == null ? null : source.authorId().toString();
    doc.at = source.at();
    doc.access = source.access();
    doc.has = source.has();
    doc.link = source.link();
    doc.written = written;
    return doc;
  }
}
