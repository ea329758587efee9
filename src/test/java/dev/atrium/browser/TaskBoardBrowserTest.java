package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.Browsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two people on one project board: 陈静 at a desk in Chinese drags a card to another column and Tom
 * Hill, on a phone in English, sees it move at once; Tom then filters the board by assignee, saves
 * the filter as a view, and finds it again after a reload. Every project screen is photographed in
 * both languages at both widths on the way.
 */
@IntegrationTest
class TaskBoardBrowserTest extends DeskAndPhoneTest {

  @Test
  void aCardDraggedAtADeskMovesLiveOnAPhoneWhereAFilterIsSavedAsAView() {
    colleagues("陈静", "Tom Hill");
    String name = "发布计划 " + suffix;
    JsonNode project = created(a.api()
        .post(
            "/api/v1/task-projects",
            Map.of(
                "name",
                name,
                "kind",
                "TEAM",
                "color",
                "green",
                "sections",
                List.of("待办", "进行中", "已完成"),
                "grants",
                List.of(Map.of("kind", "PERSON", "id", b.id(), "role", "EDITOR")))));
    String projectId = project.path("id").asString();
    String todo = project.path("sections").get(0).path("id").asString();
    String doing = project.path("sections").get(1).path("id").asString();
    String mine = task(a.api(), projectId, todo, "写发布说明", a.id().toString(), "HIGH");
    String his =
        task(a.api(), projectId, todo, "Check the phone layout", b.id().toString(), "NONE");
    task(a.api(), projectId, doing, "准备演示", a.id().toString(), "MEDIUM");

    openDesk();
    openPhone();
    signedIn(desk);
    signedIn(phone);
    desk.navigate("/tasks/projects/" + projectId + "?view=board");
    phone.navigate("/tasks/projects/" + projectId + "?view=board");
    Locator deskCard = card(desk, todo, mine);
    assertThat(deskCard).isVisible();
    assertThat(card(phone, todo, mine)).hasCount(1);
    Browsers.screenshot(desk, "tasks-desktop-board-zh-CN");
    Browsers.screenshot(phone, "tasks-phone-board-en");

    drag(desk, deskCard, desk.locator(column(doing) + " [data-testid=column-cards]"));
    assertThat(card(desk, doing, mine)).hasCount(1);
    assertThat(card(phone, doing, mine)).hasCount(1);
    assertThat(card(phone, todo, mine)).hasCount(0);
    JsonNode board =
        a.api().get("/api/v1/task-projects/" + projectId + "/tasks").body();
    assertThat(board
            .path("cards")
            .valueStream()
            .filter(one -> one.path("id").asString().equals(mine))
            .findFirst()
            .orElseThrow()
            .path("sectionId")
            .asString())
        .isEqualTo(doing);

    phone.getByTestId("filter-toggle").click();
    phone.getByTestId("filter-assignee").click();
    phone
        .locator(".ant-select-dropdown:visible")
        .getByText(aName, new Locator.GetByTextOptions().setExact(true))
        .click();
    phone.keyboard().press("Escape");
    assertThat(phone.getByTestId("board-card")).hasCount(2);
    assertThat(phone.locator("[data-testid=board-card][data-task=\"" + his + "\"]"))
        .hasCount(0);
    phone.getByTestId("view-save").click();
    phone.getByTestId("view-name").fill("陈静's work");
    phone.getByTestId("view-save-confirm").click();
    assertThat(phone.getByTestId("saved-views")).containsText("陈静's work");
    Browsers.screenshot(phone, "tasks-phone-board-filtered-en");

    phone.reload();
    assertThat(phone.getByTestId("saved-views")).containsText("陈静's work");
    assertThat(phone.getByTestId("board-card")).hasCount(2);
    phone.getByTestId("view-list").click();
    assertThat(phone.getByTestId("task-card")).hasCount(2);
    Browsers.screenshot(phone, "tasks-phone-list-filtered-en");

    desk.locator("[data-testid=import] input[type=file], input[type=file]")
        .first()
        .setInputFiles(new com.microsoft.playwright.options.FilePayload(
            "tasks.csv",
            "text/csv",
            ("Title,Assignees\nFine task,\nBad task,nobody-" + suffix + "@example.invalid\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(desk.getByTestId("import-error")).hasCount(1);
    assertThat(desk.getByTestId("import-error")).hasAttribute("data-line", "3");
    Browsers.screenshot(desk, "tasks-desktop-import-refused-zh-CN");
    desk.keyboard().press("Escape");
    assertThat(desk.getByTestId("board-card")).hasCount(3);
    desk.getByTestId("export").click();
    com.microsoft.playwright.Download download =
        desk.waitForDownload(() -> desk.getByTestId("export-csv").click());
    assertThat(download.suggestedFilename()).endsWith(".csv");

    deskCard = card(desk, doing, mine);
    deskCard.getByTestId("card-title").click();
    assertThat(desk.getByTestId("task-drawer")).containsText("写发布说明");
    Browsers.screenshot(desk, "tasks-desktop-task-drawer-zh-CN");
  }

  @Test
  void everyProjectScreenReadsWellInBothLanguagesAtBothWidths() {
    colleagues("李娜", "Ann Lee");
    JsonNode project = created(a.api()
        .post(
            "/api/v1/task-projects",
            Map.of(
                "name",
                "季度目标 " + suffix,
                "description",
                "第一季度要交付的事情",
                "kind",
                "TEAM",
                "sections",
                List.of("待办", "进行中", "已完成"),
                "grants",
                List.of(Map.of("kind", "PERSON", "id", b.id(), "role", "MANAGER")))));
    String projectId = project.path("id").asString();
    String todo = project.path("sections").get(0).path("id").asString();
    task(a.api(), projectId, todo, "整理客户反馈并写成一份很长很长的报告标题", a.id().toString(), "URGENT");
    task(a.api(), projectId, todo, "Plan the offsite", b.id().toString(), "LOW");

    for (String locale : List.of("zh-CN", "en")) {
      for (boolean wide : List.of(true, false)) {
        Page page = wide ? Browsers.desktop(port, locale) : Browsers.phone(port, locale);
        try {
          SignInScreen.signIn(
              page, (locale.equals("zh-CN") ? a : b).email(), dev.atrium.support.People.PASSWORD);
          String shot = "tasks-" + (wide ? "desktop" : "phone") + "-%s-" + locale;
          signedIn(page);
          page.navigate("/tasks/projects");
          assertThat(page.getByTestId("project-row").first()).isVisible();
          Browsers.screenshot(page, shot.formatted("projects"));
          page.getByTestId("project-new").click();
          // a trial click waits until the dialog has stopped growing in
          page.getByTestId("project-name-input").click(new Locator.ClickOptions().setTrial(true));
          Browsers.screenshot(page, shot.formatted("new-project"));
          page.keyboard().press("Escape");
          for (String view : List.of("list", "board", "calendar")) {
            page.navigate("/tasks/projects/" + projectId + "?view=" + view);
            assertThat(page.getByTestId("project-page")).hasAttribute("data-view", view);
            assertThat(page.getByTestId("project-name")).containsText("季度目标");
            Browsers.screenshot(page, shot.formatted(view));
          }
          page.navigate("/tasks/projects/" + projectId + "/settings");
          assertThat(page.getByTestId("project-grant")).hasCount(2);
          Browsers.screenshot(page, shot.formatted("settings"));
        } finally {
          Browsers.close(page);
        }
      }
    }
  }

  /** Waits until the sign-in form has let the person in, so the next address is not raced. */
  private static void signedIn(Page page) {
    assertThat(page).not().hasURL(java.util.regex.Pattern.compile(".*/sign-in.*"));
  }

  private static JsonNode created(Api.Response response) {
    assertThat(response.status()).as("%s", response.body()).isEqualTo(201);
    return response.body();
  }

  private static String task(
      Api api, String projectId, String sectionId, String title, String assignee, String priority) {
    return created(api.post(
            "/api/v1/tasks",
            Map.of(
                "projectId", projectId,
                "sectionId", sectionId,
                "title", title,
                "assigneeIds", List.of(assignee),
                "priority", priority,
                "dueAt",
                    java.time.Instant.now().plus(java.time.Duration.ofDays(2)).toString(),
                "timeZone", "Asia/Shanghai")))
        .path("id")
        .asString();
  }

  private static String column(String sectionId) {
    return "[data-testid=board-column][data-section=\"" + sectionId + "\"]";
  }

  private static Locator card(Page page, String sectionId, String taskId) {
    return page.locator(
        column(sectionId) + " [data-testid=board-card][data-task=\"" + taskId + "\"]");
  }

  /** Drags with the mouse in small steps, as a person does (the board starts a drag after 6 px). */
  private static void drag(Page page, Locator from, Locator to) {
    BoundingBox start = from.boundingBox();
    BoundingBox end = to.boundingBox();
    page.mouse().move(start.x + start.width / 2, start.y + start.height / 2);
    page.mouse().down();
    page.mouse()
        .move(
            start.x + start.width / 2 + 10,
            start.y + start.height / 2,
            new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
    page.mouse()
        .move(
            end.x + end.width / 2,
            end.y + 30,
            new com.microsoft.playwright.Mouse.MoveOptions().setSteps(20));
    page.mouse().up();
  }
}
