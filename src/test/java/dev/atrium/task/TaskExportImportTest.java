package dev.atrium.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A project's tasks go out as CSV (Chinese intact when Excel opens it: UTF-8 with a byte order
 * mark) or XLSX, and come in from CSV all or nothing, every bad line reported with its code.
 */
@IntegrationTest
class TaskExportImportTest {

  @LocalServerPort
  int port;

  private record Team(
      People.Person manager,
      People.Person editor,
      People.Person viewer,
      People.Person outsider,
      UUID project) {}

  private Team team() {
    Api admin = People.admin(port);
    People.Person manager = People.create(port, admin, "项目经理");
    People.Person editor = People.create(port, admin, "开发者");
    People.Person viewer = People.create(port, admin, "旁观者");
    People.Person outsider = People.create(port, admin, "局外人");
    var project = manager
        .api()
        .post(
            "/api/v1/task-projects",
            Map.of(
                "name",
                "发布计划 " + UUID.randomUUID().toString().substring(0, 6),
                "kind",
                "TEAM",
                "sections",
                List.of("待办", "完成"),
                "grants",
                List.of(
                    Map.of("kind", "PERSON", "id", editor.id(), "role", "EDITOR"),
                    Map.of("kind", "PERSON", "id", viewer.id(), "role", "VIEWER"))));
    assertThat(project.status()).as("%s", project.body()).isEqualTo(201);
    return new Team(
        manager,
        editor,
        viewer,
        outsider,
        UUID.fromString(project.body().path("id").asString()));
  }

  private static Api.Response importCsv(People.Person who, UUID project, String csv) {
    return who.api()
        .sendRaw(
            "POST",
            "/api/v1/task-projects/" + project + "/import?zone=Asia/Shanghai",
            "text/csv",
            csv.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> titles(People.Person who, UUID project) {
    return who.api()
        .get("/api/v1/task-projects/" + project + "/tasks")
        .body()
        .path("cards")
        .valueStream()
        .map(card -> card.path("title").asString())
        .toList();
  }

  @Test
  void importsAFileOnlyWhenEveryLineIsGoodAndReportsEveryBadOne() {
    Team team = team();
    String bad = "\uFEFF标题,分组,负责人,截止时间,优先级,状态\n"
        + "写发布说明,待办," + team.editor().email() + ",2026-12-31,高,\n"
        + "回归测试,测试,,2026-02-30,,\n"
        + "通知客户,,nobody@example.com,,,\n"
        + "上线,,,,紧急,maybe\n"
        + "\"\",,,,,\n";
    var refused = importCsv(team.manager(), team.project(), bad);
    assertThat(refused.status()).as("%s", refused.body()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo("task.import-invalid");
    assertThat(refused
            .body()
            .path("errors")
            .valueStream()
            .map(e -> e.path("line").asInt() + " " + e.path("code").asString())
            .toList())
        .containsExactly(
            "3 task.import-date-invalid",
            "4 task.import-person-unknown",
            "5 task.import-state-invalid",
            "6 task.title-empty");
    assertThat(titles(team.manager(), team.project()))
        .as("nothing stored, not even the good line's task or the new section")
        .isEmpty();
    assertThat(team.manager()
            .api()
            .get("/api/v1/task-projects/" + team.project())
            .body()
            .path("sections")
            .size())
        .isEqualTo(2);

    String good = "Title,Section,Assignees,Start,Due,Priority,Tags,State,Description\n"
        + "写发布说明,待办," + team.editor().email() + ",,2026-12-31,HIGH,发布; 文档,OPEN,第一行\n"
        + "回归测试,测试,,2026-12-01 09:00,2026-12-02 18:00,,,DONE,\n";
    var imported = importCsv(team.manager(), team.project(), good);
    assertThat(imported.status()).as("%s", imported.body()).isEqualTo(200);
    assertThat(imported.body().path("created").asInt()).isEqualTo(2);
    assertThat(imported.body().path("sectionsCreated").asInt()).isEqualTo(1);
    JsonNode board = team.editor()
        .api()
        .get("/api/v1/task-projects/" + team.project() + "/tasks")
        .body();
    JsonNode notes = board
        .path("cards")
        .valueStream()
        .filter(c -> c.path("title").asString().equals("写发布说明"))
        .findFirst()
        .orElseThrow();
    assertThat(notes.path("priority").asString()).isEqualTo("HIGH");
    assertThat(notes.path("allDay").asBoolean()).isTrue();
    assertThat(notes.path("dueAt").asString()).isEqualTo("2026-12-30T16:00:00Z");
    assertThat(notes.path("tags").toString()).contains("发布", "文档");
    assertThat(notes.path("assignees").path(0).path("id").asString())
        .isEqualTo(team.editor().id().toString());
    JsonNode tests = board
        .path("cards")
        .valueStream()
        .filter(c -> c.path("title").asString().equals("回归测试"))
        .findFirst()
        .orElseThrow();
    assertThat(tests.path("state").asString()).isEqualTo("DONE");
    assertThat(tests.path("startAt").asString()).isEqualTo("2026-12-01T01:00:00Z");
  }

  @Test
  void exportsEveryTaskAsCsvThatExcelReadsInChineseAndAsXlsx() throws IOException {
    Team team = team();
    var imported = importCsv(
        team.manager(),
        team.project(),
        "Title,Section,Assignees,Due,Priority,Tags,State\n"
            + "准备\"发布\"说明,待办," + team.editor().email() + ",2026-12-31,URGENT,文档,OPEN\n"
            + "回归测试,完成,,2026-12-02 18:00,,,DONE\n");
    assertThat(imported.status()).as("%s", imported.body()).isEqualTo(200);
    UUID notes = cardTitled(team.manager(), team.project(), "准备\"发布\"说明");
    TaskSteps.task(team.editor().api(), "parentId", notes, "title", "翻译说明", "priority", "HIGH");

    HttpResponse<byte[]> csv = team.viewer()
        .api()
        .bytes(
            "/api/v1/task-projects/" + team.project() + "/export?format=csv&zone=Asia/Shanghai",
            "Accept-Language",
            "zh-CN");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
    byte[] bytes = csv.body();
    assertThat(Arrays.copyOf(bytes, 3))
        .as("a byte order mark, so Excel reads UTF-8")
        .containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    List<String> lines = text.lines().toList();
    assertThat(lines.get(0)).isEqualTo("标题,分组,负责人,开始时间,截止时间,优先级,标签,状态,描述,完成时间,创建时间,父任务");
    assertThat(lines.get(1))
        .startsWith(
            "\"准备\"\"发布\"\"说明\",待办," + team.editor().email() + ",,2026-12-31,URGENT,文档,OPEN,,,")
        .endsWith(",");
    assertThat(lines.get(2))
        .as("the subtask right after its parent, naming it")
        .startsWith("翻译说明,,,,,HIGH,,OPEN,,,")
        .endsWith(",\"准备\"\"发布\"\"说明\"");
    assertThat(text).contains("回归测试,完成,,,2026-12-02 18:00,NONE,,DONE,,");

    var again = importCsv(team.manager(), team.project(), text);
    assertThat(again.status()).as("an export imports again: %s", again.body()).isEqualTo(200);
    assertThat(titles(team.manager(), team.project())).hasSize(4);
    assertThat(subtasksOf(team.manager(), team.project(), "准备\"发布\"说明"))
        .as("the project round-trips: each copy of the parent has its subtask")
        .containsExactly(List.of("翻译说明"), List.of("翻译说明"));

    HttpResponse<byte[]> xlsx = team.viewer()
        .api()
        .bytes(
            "/api/v1/task-projects/" + team.project() + "/export?format=xlsx&zone=Asia/Shanghai",
            "Accept-Language",
            "en");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Title");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("准备\"发布\"说明");
      assertThat(sheet.getRow(1).getCell(4).getLocalDateTimeCellValue().toLocalDate())
          .hasToString("2026-12-31");
      assertThat(sheet.getRow(0).getCell(11).getStringCellValue()).isEqualTo("Parent");
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("翻译说明");
      assertThat(sheet.getRow(2).getCell(11).getStringCellValue()).isEqualTo("准备\"发布\"说明");
    }
  }

  @Test
  void aLineNamingAnEarlierTopLevelLineAsParentBecomesItsSubtask() {
    Team team = team();
    String unknown = "标题,父任务,负责人,截止时间\n"
        + "季度复盘,,,\n"
        + "整理数据,季度复盘," + team.editor().email() + ",\n"
        + "写总结,年度计划,,\n"
        + "年度计划,,,2026-02-30\n"
        + "拆分目标,整理数据,,\n"
        + "细化目标,年度计划,,\n";
    var refused = importCsv(team.manager(), team.project(), unknown);
    assertThat(refused.status()).as("%s", refused.body()).isEqualTo(400);
    assertThat(refused
            .body()
            .path("errors")
            .valueStream()
            .map(e -> e.path("line").asInt() + " " + e.path("code").asString())
            .toList())
        .as("a parent further down, and a subtask as a parent, are unknown; one refused for its"
            + " date is not")
        .containsExactly(
            "4 task.import-parent-unknown",
            "5 task.import-date-invalid",
            "6 task.import-parent-unknown");
    assertThat(titles(team.manager(), team.project())).as("nothing stored").isEmpty();

    String good = "标题,父任务,负责人,截止时间,状态\n"
        + "季度复盘,,,2026-12-31,\n"
        + "整理数据,季度复盘," + team.editor().email() + ",2026-12-20,已完成\n"
        + "写总结,季度复盘,,,\n"
        + "年度计划,,,,\n"
        + "拆分目标,年度计划,,,\n";
    var imported = importCsv(team.manager(), team.project(), good);
    assertThat(imported.status()).as("%s", imported.body()).isEqualTo(200);
    assertThat(imported.body().path("created").asInt()).isEqualTo(5);
    assertThat(titles(team.viewer(), team.project())).containsExactly("季度复盘", "年度计划");
    JsonNode review = team.viewer()
        .api()
        .get("/api/v1/tasks/" + cardTitled(team.viewer(), team.project(), "季度复盘"))
        .body();
    assertThat(review.path("subtasks").valueStream().map(s -> s.path("title").asString()))
        .containsExactly("整理数据", "写总结");
    JsonNode data = review.path("subtasks").path(0);
    assertThat(data.path("state").asString()).isEqualTo("DONE");
    assertThat(data.path("assignees").path(0).path("id").asString())
        .isEqualTo(team.editor().id().toString());
    assertThat(subtasksOf(team.viewer(), team.project(), "年度计划")).containsExactly(List.of("拆分目标"));
  }

  private static UUID cardTitled(People.Person who, UUID project, String title) {
    return who.api()
        .get("/api/v1/task-projects/" + project + "/tasks")
        .body()
        .path("cards")
        .valueStream()
        .filter(card -> card.path("title").asString().equals(title))
        .map(card -> UUID.fromString(card.path("id").asString()))
        .findFirst()
        .orElseThrow();
  }

  /** The subtasks' titles of each top-level task of this title, in board order. */
  private static List<List<String>> subtasksOf(People.Person who, UUID project, String title) {
    return who.api()
        .get("/api/v1/task-projects/" + project + "/tasks")
        .body()
        .path("cards")
        .valueStream()
        .filter(card -> card.path("title").asString().equals(title))
        .map(card -> who.api()
            .get("/api/v1/tasks/" + card.path("id").asString())
            .body()
            .path("subtasks")
            .valueStream()
            .map(s -> s.path("title").asString())
            .toList())
        .toList();
  }

  @Test
  void onlyItsEditorsImportAndOnlyItsViewersExport() {
    Team team = team();
    String file = "Title\n看一眼\n";
    var viewer = importCsv(team.viewer(), team.project(), file);
    assertThat(viewer.status()).as("%s", viewer.body()).isEqualTo(403);
    var outsider = importCsv(team.outsider(), team.project(), file);
    assertThat(outsider.status()).as("%s", outsider.body()).isEqualTo(404);
    assertThat(outsider.code()).isEqualTo("task.project-not-found");
    assertThat(team.outsider()
            .api()
            .get("/api/v1/task-projects/" + team.project() + "/export?format=csv")
            .status())
        .isEqualTo(404);
    assertThat(team.viewer()
            .api()
            .get("/api/v1/task-projects/" + team.project() + "/export?format=pdf")
            .code())
        .isEqualTo("task.export-format-invalid");
    var upload = team.editor()
        .api()
        .upload(
            "/api/v1/task-projects/" + team.project() + "/import",
            "file",
            "tasks.csv",
            file.getBytes(StandardCharsets.UTF_8));
    assertThat(upload.status()).as("%s", upload.body()).isEqualTo(200);
    assertThat(titles(team.viewer(), team.project())).containsExactly("看一眼");
  }
}
