package dev.atrium.doc.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atrium.support.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The server's reading of Yjs updates agrees with the real yjs package on updates it made. */
class YjsUpdateDecoderTest {

  record Made(String name, byte[] update, Map<Long, Long> stateVector, Ranges deletes) {}

  static List<Made> made = new ArrayList<>();

  @BeforeAll
  static void makeUpdatesWithYjs() {
    var json = JsonMapper.builder().build();
    for (String line : Node.run("yjs-updates.cjs", Map.of(), 60).split("\n")) {
      JsonNode node = json.readTree(line);
      Map<Long, Long> vector = new TreeMap<>();
      node.path("stateVector")
          .properties()
          .forEach(e -> vector.put(Long.parseLong(e.getKey()), e.getValue().asLong()));
      Ranges deletes = new Ranges();
      node.path("deletes")
          .properties()
          .forEach(e -> e.getValue()
              .forEach(r -> deletes.add(
                  Long.parseLong(e.getKey()),
                  r.get(0).asLong(),
                  r.get(0).asLong() + r.get(1).asLong())));
      made.add(new Made(
          node.path("name").asString(),
          Base64.getDecoder().decode(node.path("update").asString()),
          vector,
          deletes));
    }
    assertThat(made).hasSizeGreaterThan(15);
  }

  @Test
  void readsEveryUpdateYjsMakesWithTheStateVectorAndDeleteSetYjsReads() {
    for (Made m : made) {
      YUpdate update = YUpdate.decode(m.update());
      assertThat(update.stateVector()).as(m.name()).isEqualTo(m.stateVector());
      assertThat(update.deletes().covers(m.deletes()) && m.deletes().covers(update.deletes()))
          .as(m.name())
          .isTrue();
    }
  }

  @Test
  void refusesEveryTruncatedUpdate() {
    for (Made m : made) {
      for (int length = 0; length < m.update().length; length++) {
        byte[] prefix = Arrays.copyOf(m.update(), length);
        assertThatThrownBy(() -> YUpdate.decode(prefix))
            .as(m.name() + " cut at " + length)
            .isInstanceOf(MalformedUpdate.class);
      }
    }
  }

  @Test
  void refusesTrailingBytesUnknownContentAndInvalidText() {
    byte[] text = made.getFirst().update(); // one string item "hello world" of client 11
    byte[] trailing = Arrays.copyOf(text, text.length + 1);
    assertThatThrownBy(() -> YUpdate.decode(trailing)).isInstanceOf(MalformedUpdate.class);

    byte[] unknownContent = text.clone();
    unknownContent[4] = 0x0b; // content ref 11 does not exist
    assertThatThrownBy(() -> YUpdate.decode(unknownContent)).isInstanceOf(MalformedUpdate.class);

    byte[] badUtf8 = text.clone();
    badUtf8[10] = (byte) 0xff; // inside "hello world"
    assertThatThrownBy(() -> YUpdate.decode(badUtf8)).isInstanceOf(MalformedUpdate.class);

    byte[] hugeCount = {(byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f, 0};
    assertThatThrownBy(() -> YUpdate.decode(hugeCount)).isInstanceOf(MalformedUpdate.class);
  }

  @Test
  void aWholeStateCoversEachOfTheUpdatesItWasMadeOf() {
    Made whole =
        made.stream().filter(m -> m.name().equals("text-whole")).findFirst().orElseThrow();
    YUpdate all = YUpdate.decode(whole.update());
    made.stream()
        .filter(m -> m.name().startsWith("text-step-"))
        .map(m -> YUpdate.decode(m.update()))
        .forEach(step -> {
          assertThat(all.structs().covers(step.structs())).isTrue();
          assertThat(all.deletes().covers(step.deletes())).isTrue();
        });
    YUpdate other = YUpdate.decode(made.stream()
        .filter(m -> m.name().equals("rich"))
        .findFirst()
        .orElseThrow()
        .update());
    assertThat(all.structs().covers(other.structs())).isFalse();
  }

  @Test
  void anEmptyUpdateIsEmpty() {
    assertThat(YUpdate.decode(YUpdate.EMPTY).isEmpty()).isTrue();
  }
}
