package dev.atrium.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers the index's fields use, on the embedded Lucene backend ({@link ElasticsearchAnalysis}
 * defines the same names for Elasticsearch/OpenSearch).
 */
public class Analysis implements LuceneAnalysisConfigurer {

  /** Chinese segmented into words (smartcn's HMM segmenter), other text lower-cased and stemmed: deployed → deploy. */
  public static final String WORDS = "words";
  /** CJK text as overlapping character pairs, so a word the segmenter splits differently still matches. */
  public static final String BIGRAMS = "bigrams";
  /** Every prefix of each name or spelling, so 张, zhang and zs find 张三 as one types. */
  public static final String NAME_PREFIXES = "name_prefixes";

  public static final String NAMES = "names";
  public static final String LOWERCASE = "lowercase";

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context.analyzer(WORDS).instance(new Words());
    context.analyzer(BIGRAMS).instance(new Bigrams());
    context.analyzer(NAME_PREFIXES).instance(new Names(true));
    context.analyzer(NAMES).instance(new Names(false));
    context.normalizer(LOWERCASE).custom().tokenFilter(LowerCaseFilterFactory.class);
  }

  /** Full-width Latin letters and digits (ＯＫＲ, Ｑ３) read as their ASCII forms before anything else. */
  private abstract static class WidthFolding extends Analyzer {
    @Override
    protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
      return new CJKWidthCharFilter(reader);
    }
  }

  static final class Words extends WidthFolding {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = new HMMChineseTokenizer();
      TokenStream stream = new LowerCaseFilter(tokenizer);
      stream = new ASCIIFoldingFilter(stream);
      // smartcn's default stop set is its punctuation, which it emits as tokens
      stream = new StopFilter(stream, SmartChineseAnalyzer.getDefaultStopSet());
      return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
    }
  }

  static final class Bigrams extends WidthFolding {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = new StandardTokenizer();
      TokenStream stream = new LowerCaseFilter(tokenizer);
      return new TokenStreamComponents(
          tokenizer, new CJKBigramFilter(new ASCIIFoldingFilter(stream)));
    }
  }

  static final class Names extends WidthFolding {
    private final boolean prefixes;

    Names(boolean prefixes) {
      this.prefixes = prefixes;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = new StandardTokenizer();
      TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
      return new TokenStreamComponents(
          tokenizer, prefixes ? new EdgeNGramTokenFilter(stream, 1, 24, true) : stream);
    }
  }
}
