package dev.atrium.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** What the index's analyzers make of the text people write. */
class AnalysisTest {

  @Test
  void wordsSegmentChineseAndStemEnglish() throws IOException {
    assertThat(tokens(new Analysis.Words(), "本周项目进度汇报")).contains("项目", "进度", "汇报");
    assertThat(tokens(new Analysis.Words(), "We deployed it, deploying more"))
        .contains("we", "deploi", "it", "more");
    // full-width letters read as ASCII; words outside smartcn's dictionary (复盘) fall apart here,
    // which is why the text is also indexed in bigrams
    assertThat(tokens(new Analysis.Words(), "Ｑ３ ＯＫＲ 复盘"))
        .containsExactly("q", "3", "okr", "复", "盘");
  }

  @Test
  void bigramsPairNeighbouringCharacters() throws IOException {
    assertThat(tokens(new Analysis.Bigrams(), "项目进度")).containsExactly("项目", "目进", "进度");
    assertThat(tokens(new Analysis.Bigrams(), "Ｑ３ 复盘")).containsExactly("q3", "复盘");
  }

  @Test
  void namesAreIndexedByEveryPrefix() throws IOException {
    assertThat(tokens(new Analysis.Names(true), "zhugeliang zgl"))
        .contains("zhu", "zhugeliang", "zg", "zgl");
    assertThat(tokens(new Analysis.Names(false), "ZhuGe")).containsExactly("zhuge");
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    }
    return tokens;
  }
}
