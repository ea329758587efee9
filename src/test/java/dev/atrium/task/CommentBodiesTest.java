package dev.atrium.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.task.internal.CommentBodies;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CommentBodiesTest {

  private static final UUID LI = UUID.fromString("0190c2a4-0000-7000-8000-000000000001");
  private static final UUID WANG = UUID.fromString("0190c2a4-0000-7000-8000-000000000002");

  @Test
  void mentionsArePersonTokensInOrderEachOnce() {
    String body = "<@" + WANG + "> 请看一下，<@" + LI + "> 也看 <@" + WANG + "> <@all> <@&" + LI + ">";
    assertThat(CommentBodies.mentioned(body)).containsExactly(WANG, LI);
  }

  @Test
  void aTokenThatOnlyLooksLikeAMentionMentionsNobody() {
    assertThat(CommentBodies.mentioned("<@not-a-person> <@1234> @" + LI)).isEmpty();
  }

  @Test
  void theExcerptNamesPeopleAndCollapsesWhiteSpace() {
    String body = "**进度**\n\n<@" + LI + ">  请在周五前\t完成 <@" + WANG + ">";
    assertThat(CommentBodies.excerpt(body, Map.of(LI, "李娜"))).isEqualTo("**进度** @李娜 请在周五前 完成 @…");
  }

  @Test
  void aLongBodyIsCutWithoutHalvingACharacter() {
    String body = "😀".repeat(300);
    String excerpt = CommentBodies.excerpt(body, Map.of());
    assertThat(excerpt.codePointCount(0, excerpt.length())).isEqualTo(200);
    assertThat(excerpt).endsWith("😀…");
  }
}
