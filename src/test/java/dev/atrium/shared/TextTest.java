package dev.atrium.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void aNameLosesItsBidiControlsAndKeepsEverythingAReaderSees() {
    assertThat(Text.name("sec-\u202Etxt.exe")).isEqualTo("sec-txt.exe");
    assertThat(Text.name("\u2066王小明\u2069 \u200F😀")).isEqualTo("王小明 😀");
  }

  @Test
  void aNameRefusesControlCharactersLineBreaksAndLoneSurrogates() {
    for (String bad : new String[] {
      "a\u0000b", "a\tb", "a\nb", "a\u0085b", "a\u007Fb", "a\uD800b", "a\uDC00", "\uD83D"
    }) {
      assertThatThrownBy(() -> Text.name(bad)).as(bad).isInstanceOf(Text.Refused.class);
    }
  }

  @Test
  void verbatimTextKeepsLineBreaksTabsAndBidiControlsButRefusesOtherControls() {
    assertThat(Text.verbatim("שלום \u202Bworld\u202C\n\tline two\r\n"))
        .isEqualTo("שלום \u202Bworld\u202C\n\tline two\r\n");
    assertThatThrownBy(() -> Text.verbatim("a\u0000b")).isInstanceOf(Text.Refused.class);
    assertThatThrownBy(() -> Text.verbatim("a\uD800")).isInstanceOf(Text.Refused.class);
  }
}
