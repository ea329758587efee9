package dev.atrium.doc.internal;

import dev.atrium.doc.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The templates every installation has, in Chinese and English, read from {@code doc/templates/<id>.<language>.md}. */
@Component
public class BuiltInTemplates {

  public static final String CHINESE = "zh-CN";
  public static final String ENGLISH = "en";

  private record Kind(
      String id, String zhName, String zhDescription, String enName, String enDescription) {}

  private static final List<Kind> KINDS = List.of(
      new Kind(
          "meeting-notes",
          "会议纪要",
          "议程、讨论、决定和待办",
          "Meeting notes",
          "Agenda, discussion, decisions and action items"),
      new Kind(
          "project-plan",
          "项目计划",
          "目标、范围、里程碑和风险",
          "Project plan",
          "Goals, scope, milestones and risks"),
      new Kind(
          "sop",
          "标准作业程序（SOP）",
          "目的、职责、步骤和异常处理",
          "Standard operating procedure",
          "Purpose, responsibilities, steps and exceptions"),
      new Kind(
          "weekly-report",
          "周报",
          "本周完成、进行中和下周计划",
          "Weekly report",
          "Done, in progress and next week"));

  /** The built-in templates in {@code language} (Chinese unless English). */
  public List<Template> all(String language) {
    return KINDS.stream().map(kind -> template(kind, language)).toList();
  }

  public Optional<Template> find(String id, String language) {
    return KINDS.stream()
        .filter(kind -> kind.id().equals(id))
        .findFirst()
        .map(kind -> template(kind, language));
  }

  private static Template template(Kind kind, String language) {
    boolean english = ENGLISH.equals(language);
    return new Template(
        kind.id(),
        english ? kind.enName() : kind.zhName(),
        english ? kind.enDescription() : kind.zhDescription(),
        true,
        null,
        markdown(kind.id() + "." + (english ? ENGLISH : CHINESE) + ".md"),
        false);
  }

  private static String markdown(String file) {
    try (InputStream in = new ClassPathResource("doc/templates/" + file).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("A built-in template is missing: " + file, e);
    }
  }
}
