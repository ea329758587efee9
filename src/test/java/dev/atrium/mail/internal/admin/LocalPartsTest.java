package dev.atrium.mail.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atrium.shared.DomainException;
import org.junit.jupiter.api.Test;

class LocalPartsTest {

  @Test
  void chineseNamesBecomeTheirPinyinRunTogether() {
    assertThat(LocalParts.fromName("张伟")).isEqualTo("zhangwei");
    assertThat(LocalParts.fromName("诸葛明远")).isEqualTo("zhugemingyuan");
    assertThat(LocalParts.fromName("吕方")).isEqualTo("lvfang");
  }

  @Test
  void surnamesAreReadAsSurnames() {
    assertThat(LocalParts.fromName("单田芳")).startsWith("shan");
    assertThat(LocalParts.fromName("曾国藩")).startsWith("zeng");
  }

  @Test
  void westernNamesBecomeFirstDotLastWithoutAccents() {
    assertThat(LocalParts.fromName("Alice Wang")).isEqualTo("alice.wang");
    assertThat(LocalParts.fromName("José María García")).isEqualTo("jose.garcia");
    assertThat(LocalParts.fromName("O'Brien")).isEqualTo("o.brien");
  }

  @Test
  void aNameWithNothingUsableGetsAPlaceholder() {
    assertThat(LocalParts.fromName("🙂 ---")).isEqualTo("user");
  }

  @Test
  void proposalsAreAlwaysValidLocalParts() {
    for (String name :
        new String[] {"张伟", "Alice Wang", "所有者 Owner", "ÅSA ÖBERG", "x".repeat(90)}) {
      String local = LocalParts.fromName(name);
      assertThat(LocalParts.valid(LocalParts.candidate(local, 999))).as(name).isTrue();
    }
  }

  @Test
  void collisionsAreNumberedFromTwo() {
    assertThat(LocalParts.candidate("zhangwei", 1)).isEqualTo("zhangwei");
    assertThat(LocalParts.candidate("zhangwei", 2)).isEqualTo("zhangwei2");
  }

  @Test
  void dotAtomRulesOfRfc5321AreKept() {
    assertThat(LocalParts.valid("first.last")).isTrue();
    assertThat(LocalParts.valid("a+tag")).isTrue();
    assertThat(LocalParts.valid(".lead")).isFalse();
    assertThat(LocalParts.valid("trail.")).isFalse();
    assertThat(LocalParts.valid("two..dots")).isFalse();
    assertThat(LocalParts.valid("space here")).isFalse();
    assertThat(LocalParts.valid("张伟")).isFalse();
    assertThat(LocalParts.valid("a".repeat(65))).isFalse();
    assertThat(LocalParts.checked(" Zhang.Wei ")).isEqualTo("zhang.wei");
    assertThatThrownBy(() -> LocalParts.checked("a@b"))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("mail.local-part-invalid");
  }

  @Test
  void theMailSystemsOwnNamesAreReserved() {
    assertThat(LocalParts.reserved("postmaster")).isTrue();
    assertThat(LocalParts.reserved("abuse")).isTrue();
    assertThat(LocalParts.reserved("zhangwei")).isFalse();
  }

  @Test
  void listAndMailboxNamesMatchByPinyinAndInitials() {
    assertThat(Spellings.matches("人事部", "renshi")).isTrue();
    assertThat(Spellings.matches("人事部", "rsb")).isTrue();
    assertThat(Spellings.matches("人事部", "人事")).isTrue();
    assertThat(Spellings.matches("Sales Team", "st")).isTrue();
    assertThat(Spellings.matches("人事部", "caiwu")).isFalse();
  }
}
