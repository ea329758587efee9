package dev.atrium.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinTests {

  @Test
  void spellsAChineseNameInFullAndByInitials() {
    assertThat(Pinyin.of("张三")).isEqualTo(new Pinyin.Spellings("zhangsan", "zs"));
    assertThat(Pinyin.of("王小明")).isEqualTo(new Pinyin.Spellings("wangxiaoming", "wxm"));
  }

  @Test
  void keepsEveryReadingOfAPolyphonicCharacterWithTheSurnameReadingFirst() {
    Pinyin.Spellings spellings = Pinyin.of("曾乐");

    assertThat(spellings.full().split(" ")).startsWith("zengle").contains("zengyue", "cengle");
    assertThat(spellings.initials().split(" ")).startsWith("zl").contains("zy", "cl");
  }

  @Test
  void spellsLatinNamesAsTheirLowerCaseWords() {
    assertThat(Pinyin.of("Alice 王")).isEqualTo(new Pinyin.Spellings("alicewang", "aw"));
  }

  @Test
  void boundsTheNumberOfSpellingsOfALongPolyphonicName() {
    assertThat(Pinyin.of("行行行行行行行行").full().split(" ")).hasSizeLessThanOrEqualTo(16);
  }
}
