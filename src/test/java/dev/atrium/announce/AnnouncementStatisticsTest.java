package dev.atrium.announce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * An announcement's statistics by department down the org tree agree with a direct count of the
 * recipients table; the people who have not read page through in full; the export keeps Chinese
 * names in CSV and XLSX; only the author (and content administrators) see any of it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnouncementStatisticsTest {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  Api admin;
  AnnouncementRows rows;
  UUID top;
  UUID sales;
  UUID salesNorth;
  UUID support;
  People.Person author;
  People.Person reader;
  UUID announcement;
  String title;

  /**
   * 统计部 (the author and 王直属 directly) ├ 销售部 (two) └ 北区 (one) └ 客服部 (one). Of the seven
   * recipients, four opened and two of them confirmed.
   */
  @BeforeAll
  void makeAnAnnouncementWithReceipts() {
    admin = People.admin(port);
    rows = new AnnouncementRows(jdbc);
    String tag = UUID.randomUUID().toString().substring(0, 6);
    top = department("统计部 " + tag, People.rootDepartment(admin));
    sales = department("销售部", top);
    salesNorth = department("北区", sales);
    support = department("客服部", top);
    var made = List.of(
        person("作者 Author", top),
        person("王直属", top),
        person("李销售", sales),
        person("赵销售", sales),
        person("钱北区", salesNorth),
        person("孙客服", support));
    List<People.Person> people = made.stream().map(CompletableFuture::join).toList();
    author = people.get(0);
    reader = people.get(4);
    title = "统计公告 " + tag;
    announcement = rows.published(author.id(), title, true, Instant.now());
    UUID[] departments = {top, top, sales, sales, salesNorth, support};
    for (int i = 0; i < people.size(); i++) {
      rows.deliver(announcement, people.get(i).id(), departments[i]);
    }
    // one recipient without a department (a guest named in the audience)
    rows.deliver(announcement, People.createGuest(port, admin, "访客 Guest").id(), null);
    rows.confirm(announcement, people.get(1).id());
    rows.open(announcement, people.get(2).id());
    rows.confirm(announcement, people.get(4).id());
    rows.open(announcement, people.get(5).id());
  }

  @Test
  void countsByDepartmentEqualADirectCountOfTheRecipientsTable() {
    JsonNode whole = ok(author.api().get(stats("")));
    assertThat(counts(whole))
        .as("the whole audience")
        .containsExactly(
            rows.count(announcement, "true"),
            rows.count(announcement, "opened_at is not null"),
            rows.count(announcement, "confirmed_at is not null"));
    assertThat(whole.path("mustRead").asBoolean()).isTrue();

    JsonNode atTop = ok(author.api().get(stats("?department=" + top)));
    assertThat(atTop.path("department").path("id").asString()).isEqualTo(top.toString());
    assertThat(ids(atTop)).containsExactlyInAnyOrder(sales.toString(), support.toString());
    for (JsonNode child : atTop.path("departments")) {
      UUID id = UUID.fromString(child.path("id").asString());
      String subtree = id.equals(sales) ? "'" + sales + "', '" + salesNorth + "'" : "'" + id + "'";
      assertThat(counts(child))
          .as(child.path("name").asString())
          .containsExactly(
              rows.count(announcement, "department_id in (" + subtree + ")"),
              rows.count(
                  announcement, "department_id in (" + subtree + ") and opened_at is not null"),
              rows.count(
                  announcement, "department_id in (" + subtree + ") and confirmed_at is not null"));
    }
    assertThat(counts(atTop)).containsExactly(6L, 4L, 2L);
    assertThat(atTop.path("direct").path("delivered").asLong())
        .as("the author and 王直属 belong to 统计部 itself")
        .isEqualTo(2);

    JsonNode drilled = ok(author.api().get(stats("?department=" + sales)));
    assertThat(ids(drilled)).containsExactly(salesNorth.toString());
    assertThat(drilled.path("departments").get(0).path("hasChildren").asBoolean())
        .isFalse();
    assertThat(counts(drilled)).containsExactly(3L, 2L, 1L);
    assertThat(drilled.path("direct").path("delivered").asLong()).isEqualTo(2);
    assertThat(drilled.path("path"))
        .extracting(step -> step.path("id").asString())
        .endsWith(top.toString());
  }

  @Test
  void thePeopleWhoHaveNotReadPageThroughInFull() {
    Set<String> seen = new HashSet<>();
    List<String> names = new ArrayList<>();
    String next = null;
    do {
      JsonNode page = ok(author
          .api()
          .get(stats(
              "/people?state=UNCONFIRMED&limit=2" + (next == null ? "" : "&cursor=" + next))));
      assertThat(page.path("items").size()).isLessThanOrEqualTo(2);
      page.path("items").forEach(item -> {
        assertThat(seen.add(item.path("personId").asString())).as("listed once").isTrue();
        names.add(item.path("name").asString());
        assertThat(item.path("confirmedAt").isString()).isFalse();
      });
      next = page.path("next").isString() ? page.path("next").asString() : null;
    } while (next != null);
    assertThat(seen).hasSize((int) rows.count(announcement, "confirmed_at is null"));
    assertThat(names).contains("作者 Author", "李销售", "孙客服").doesNotContain("王直属", "钱北区");

    JsonNode unopened = ok(author.api().get(stats("/people?state=UNOPENED&department=" + sales)));
    assertThat(unopened.path("items"))
        .extracting(item -> item.path("name").asString())
        .containsExactly("赵销售");
    assertThat(unopened.path("items").get(0).path("department").asString()).isEqualTo("销售部");

    assertThat(author.api().get(stats("/people?cursor=not-a-cursor")).code())
        .isEqualTo("announce.cursor-invalid");
    assertThat(author.api().get(stats("/people?limit=0")).code())
        .isEqualTo("announce.limit-invalid");
  }

  @Test
  void theExportKeepsChineseNamesInCsvAndXlsx() throws Exception {
    var csv = author.api().bytes(stats("/export?format=csv"), "Accept-Language", "zh-CN");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    String disposition = csv.headers().firstValue("Content-Disposition").orElseThrow();
    assertThat(disposition).startsWith("attachment").contains("filename*=UTF-8''");
    assertThat(URLDecoder.decode(
            disposition.substring(disposition.indexOf("UTF-8''") + 7), StandardCharsets.UTF_8))
        .isEqualTo(title + " - 阅读统计.csv");
    byte[] body = csv.body();
    assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(body, StandardCharsets.UTF_8);
    assertThat(text.lines().findFirst().orElseThrow()).contains("姓名", "部门", "状态");
    assertThat(text).contains("钱北区", "北区", "已确认", "李销售", "已读未确认", "赵销售", "未读");
    assertThat(text.lines().count()).isEqualTo(1 + rows.count(announcement, "true"));

    var xlsx = author.api().bytes(stats("/export?format=xlsx"), "Accept-Language", "en");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).contains(".xlsx");
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      var sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Name");
      List<String> names = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        names.add(sheet.getRow(r).getCell(0).getStringCellValue());
      }
      assertThat(names).hasSize((int) rows.count(announcement, "true")).contains("钱北区", "孙客服");
      assertThat(sheet.getRow(1).getCell(3).getLocalDateTimeCellValue())
          .as("delivery times are dates")
          .isNotNull();
    }
    assertThat(author.api().get(stats("/export?format=pdf")).code())
        .isEqualTo("announce.export-format-invalid");
  }

  @Test
  void onlyTheAuthorAndAdministratorsSeeTheStatistics() {
    assertThat(admin.get(stats("")).status()).isEqualTo(200);
    assertThat(reader.api().get(stats("")).status())
        .as("a recipient is not shown who has read")
        .isEqualTo(404);
    assertThat(reader.api().get(stats("")).code()).isEqualTo("announce.not-found");
    assertThat(reader.api().get(stats("/people")).status()).isEqualTo(404);
    assertThat(reader.api().bytes(stats("/export")).statusCode()).isEqualTo(404);
    assertThat(author
            .api()
            .get("/api/v1/announcements/" + UUID.randomUUID() + "/stats")
            .status())
        .isEqualTo(404);
  }

  private String stats(String rest) {
    return "/api/v1/announcements/" + announcement + "/stats" + rest;
  }

  private static JsonNode ok(Api.Response response) {
    assertThat(response.status()).as("%s", response.body()).isEqualTo(200);
    return response.body();
  }

  private static List<Long> counts(JsonNode node) {
    return List.of(
        node.path("delivered").asLong(),
        node.path("opened").asLong(),
        node.path("confirmed").asLong());
  }

  private static List<String> ids(JsonNode statistics) {
    List<String> ids = new ArrayList<>();
    statistics.path("departments").forEach(d -> ids.add(d.path("id").asString()));
    return ids;
  }

  private UUID department(String name, UUID parent) {
    var created = admin.post("/api/v1/departments", Map.of("name", name, "parentId", parent));
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    return UUID.fromString(created.body().path("id").asString());
  }

  private CompletableFuture<People.Person> person(String name, UUID department) {
    return CompletableFuture.supplyAsync(() -> People.create(port, admin, name, department));
  }
}
