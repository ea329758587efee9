package dev.atrium.search.internal;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * {@link Analysis}'s analyzers for an Elasticsearch or OpenSearch cluster; {@code smartcn_tokenizer}
 * needs the cluster's analysis-smartcn plugin (README, Operations).
 */
public class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

  @Override
  public void configure(ElasticsearchAnalysisConfigurationContext context) {
    context
        .analyzer(Analysis.WORDS)
        .custom()
        .tokenizer("smartcn_tokenizer")
        .charFilters("cjk_width_chars")
        .tokenFilters("lowercase", "asciifolding", "porter_stem");
    context.charFilter("cjk_width_chars").type("mapping").param("mappings", fullWidthMappings());
    context
        .analyzer(Analysis.BIGRAMS)
        .custom()
        .tokenizer("standard")
        .tokenFilters("cjk_width", "lowercase", "asciifolding", "cjk_bigram");
    context
        .tokenFilter("name_prefix")
        .type("edge_ngram")
        .param("min_gram", 1)
        .param("max_gram", 24)
        .param("preserve_original", true);
    context
        .analyzer(Analysis.NAME_PREFIXES)
        .custom()
        .tokenizer("standard")
        .tokenFilters("cjk_width", "lowercase", "asciifolding", "name_prefix");
    context
        .analyzer(Analysis.NAMES)
        .custom()
        .tokenizer("standard")
        .tokenFilters("cjk_width", "lowercase", "asciifolding");
    context.normalizer(Analysis.LOWERCASE).custom().tokenFilters("lowercase");
  }

  /** Full-width ASCII (Ｑ３) to ASCII before segmenting, as {@code CJKWidthCharFilter} does on Lucene. */
  private static String[] fullWidthMappings() {
    String[] mappings = new String[0x7E - 0x21 + 1];
    for (char c = 0x21; c <= 0x7E; c++) {
      char wide = (char) (c - 0x21 + 0xFF01);
      String target = c == '\\' ? "\\\\" : c == '"' ? "\\\"" : String.valueOf(c);
      mappings[c - 0x21] = wide + "=>" + target;
    }
    return mappings;
  }
}
