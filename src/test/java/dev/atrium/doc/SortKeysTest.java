package dev.atrium.doc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.doc.internal.PagesTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a dragged page's sort key falls among its new siblings' keys. */
class SortKeysTest {

  private static final long GAP = PagesTable.GAP;

  @Test
  void aPageAloneOrAtEitherEndStepsOneGapAway() {
    assertThat(Pages.between(List.of(), 0)).hasValue(GAP);
    assertThat(Pages.between(List.of(GAP, 2 * GAP), 0)).hasValue(0);
    assertThat(Pages.between(List.of(GAP, 2 * GAP), 2)).hasValue(3 * GAP);
  }

  @Test
  void aPageBetweenTwoTakesTheMidpointUntilThereIsNoRoomLeft() {
    assertThat(Pages.between(List.of(GAP, 2 * GAP), 1)).hasValue(GAP + GAP / 2);
    assertThat(Pages.between(List.of(10L, 12L), 1)).hasValue(11);
    assertThat(Pages.between(List.of(10L, 11L), 1)).isEmpty();
  }

  @Test
  void tagsAreTrimmedLowerCasedAndKeptOnce() {
    assertThat(Pages.tags(List.of(" #Release ", "release", "＃ 设计  评审", "", "  ")))
        .containsExactly("release", "设计 评审");
  }
}
