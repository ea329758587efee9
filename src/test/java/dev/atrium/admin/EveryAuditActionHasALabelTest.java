package dev.atrium.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log shows every action and target by a translated label in both languages, never a raw
 * code: the codes are collected from the backend's source (each {@code AuditableEvent}'s
 * {@code action()}, or the literals its constructor is called with) and looked up in the web
 * client's catalogues.
 */
class EveryAuditActionHasALabelTest {

  private static final Pattern CONSTANT_ACTION =
      Pattern.compile("String action\\(\\)\\s*\\{\\s*return\\s+\"([^\"]+)\"");
  private static final Pattern LITERAL = Pattern.compile("\"([^\"]+)\"");
  private static final Pattern TARGET_TYPE =
      Pattern.compile("String targetType\\(\\)\\s*\\{\\s*return\\s+\"([^\"]+)\"");
  private static final Pattern AUDITABLE =
      Pattern.compile("record\\s+(\\w+)\\s*\\([^{]*implements\\s+AuditableEvent", Pattern.DOTALL);
  private static final Map<String, String> CATALOGUES =
      Map.of("en", "web/src/shared/i18n/en.json", "zh-CN", "web/src/shared/i18n/zh-CN.json");

  @Test
  void everyAuditedActionAndTargetHasALabelInBothLanguages() throws IOException {
    Map<Path, String> sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        sources.put(file, Files.readString(file));
      }
    }
    var actions = new TreeSet<String>();
    var targets = new TreeSet<String>();
    sources.forEach((file, text) -> {
      Matcher event = AUDITABLE.matcher(text);
      if (!event.find()) {
        return;
      }
      collect(TARGET_TYPE.matcher(text), targets);
      if (collect(CONSTANT_ACTION.matcher(text), actions) == 0) {
        // an event told its action by whoever publishes it: the literals of its first argument (a
        // ternary names two)
        Pattern made = Pattern.compile(
            "(?:new\\s+" + event.group(1) + "|" + event.group(1) + "\\.of)\\(([^,]*),");
        int found = sources.values().stream()
            .mapToInt(source -> {
              Matcher argument = made.matcher(source);
              int literals = 0;
              while (argument.find()) {
                literals += collect(LITERAL.matcher(argument.group(1)), actions);
              }
              return literals;
            })
            .sum();
        assertThat(found)
            .as(
                "the actions of %s, which takes its action as an argument, are found where it is made",
                file)
            .isPositive();
      }
    });
    assertThat(actions)
        .as("audit actions in the backend")
        .hasSizeGreaterThan(20)
        .contains("chat.channel.created", "auth.mfa.enabled", "auth.mfa.replaced");

    for (var catalogue : CATALOGUES.entrySet()) {
      JsonNode audit = JsonMapper.builder()
          .build()
          .readTree(Files.readString(Path.of(catalogue.getValue())))
          .path("admin")
          .path("audit");
      assertThat(actions)
          .as("actions without a label in %s", catalogue.getKey())
          .allSatisfy(action -> assertThat(
                  audit.path("actions").path(action.replace('.', '/')).asString(""))
              .as(action)
              .isNotBlank());
      assertThat(targets)
          .as("target types without a label in %s", catalogue.getKey())
          .allSatisfy(type ->
              assertThat(audit.path("targets").path(type).asString("")).as(type).isNotBlank());
    }
  }

  private static int collect(Matcher matcher, TreeSet<String> into) {
    int count = 0;
    while (matcher.find()) {
      into.add(matcher.group(1));
      count++;
    }
    return count;
  }
}
