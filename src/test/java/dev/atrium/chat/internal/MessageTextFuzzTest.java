package dev.atrium.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Any message body, Markdown and mention tokens included, turns into the text search indexes
 * within a second and without an exception (one would keep the message out of search for good,
 * ADR 0008), with a known person's mention read as their name. Seeds:
 * {@code src/test/resources/dev/atrium/chat/internal/MessageTextFuzzTestInputs}.
 */
class MessageTextFuzzTest {

  private static final UUID KNOWN = UUID.fromString("0190f5a4-1c2b-7d3e-8f40-123456789abc");

  @FuzzTest(maxDuration = "60s")
  void turnsAnyBodyIntoSearchableText(byte[] input) {
    String body = new String(input, StandardCharsets.UTF_8);

    String text = assertTimeoutPreemptively(
        Duration.ofSeconds(1), () -> ChatSearch.text(body, Map.of(KNOWN, "张三")));

    assertThat(text).doesNotContain("<@" + KNOWN + ">");
    assertThat(text.length()).isLessThanOrEqualTo(body.length());
  }
}
