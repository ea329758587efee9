package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.Browsers;
import dev.atrium.support.People;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A person at a desk in Chinese types "明天下午3点 交报告" into My tasks and sees it under Upcoming,
 * tomorrow at 15:00 in the browser's zone; then on a small phone in English opens it, adds a
 * checklist item and a subtask, finds a task by typing the start of its title into the dependency
 * picker, is told in English that waiting for it would make a cycle, and completes it.
 */
@IntegrationTest
class MyTasksBrowserTest {

  @LocalServerPort
  int port;

  private Page desk;
  private Page phone;

  @AfterEach
  void closeBrowsers() {
    Browsers.close(desk);
    Browsers.close(phone);
  }

  @Test
  void quickAddInChineseThenWorkOnTheTaskOnAPhoneInEnglish() {
    Api admin = People.admin(port);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    People.Person person = People.create(port, admin, "陈静 " + suffix);

    desk = Browsers.desktop(port, "zh-CN");
    SignInScreen.signIn(desk, person.email(), People.PASSWORD);
    desk.getByTestId("rail-tasks").click();
    assertThat(desk.getByTestId("my-tasks")).isVisible();
    String title = "交报告 " + suffix;
    desk.getByTestId("quick-add-input").fill("明天下午3点 " + title);
    // the date is read as it is typed, shown as a chip before anything is saved
    assertThat(desk.getByTestId("quick-add-due")).hasText("截止 明天 15:00");
    assertThat(desk.getByTestId("quick-add-submit")).isEnabled();
    Browsers.screenshot(desk, "my-tasks-quick-add-zh-CN-1280");
    desk.getByTestId("quick-add-input").press("Enter");
    assertThat(desk.getByTestId("quick-add-input")).hasValue("");

    Locator upcoming = desk.getByTestId("group-upcoming");
    Locator row =
        upcoming.getByTestId("task-row").filter(new Locator.FilterOptions().setHasText(title));
    assertThat(upcoming.getByTestId("upcoming-day-heading").first()).hasText("明天");
    assertThat(row.getByTestId("task-title")).hasText(title);
    assertThat(row.getByTestId("task-due")).hasText("明天 15:00");
    Browsers.screenshot(desk, "my-tasks-zh-CN-1280");

    // what was stored: 15:00 tomorrow where the browser is, not where the server is
    ZoneId zone =
        ZoneId.of((String) desk.evaluate("() => Intl.DateTimeFormat().resolvedOptions().timeZone"));
    var mine = person.api().get("/api/v1/my-tasks?role=assignee&zone=" + zone.getId());
    assertThat(mine.status()).as("%s", mine.body()).isEqualTo(200);
    JsonNode card = null;
    for (JsonNode group : mine.body().path("groups")) {
      for (JsonNode each : group.path("cards")) {
        if (each.path("title").asString().equals(title)) {
          assertThat(group.path("key").asString()).isEqualTo("UPCOMING");
          card = each;
        }
      }
    }
    assertThat(card).as("%s", mine.body()).isNotNull();
    LocalDate tomorrow = LocalDate.now(zone).plusDays(1);
    assertThat(Instant.parse(card.path("dueAt").asString()))
        .isEqualTo(tomorrow.atTime(LocalTime.of(15, 0)).atZone(zone).toInstant());
    assertThat(card.path("allDay").asBoolean()).isFalse();
    String taskId = card.path("id").asString();

    // a task that waits for this one: this one waiting for it in turn would be a cycle
    String after = "Review the report " + suffix;
    var waiting = person
        .api()
        .post(
            "/api/v1/tasks",
            Map.of(
                "title", after,
                "assigneeIds", List.of(person.id()),
                "blockedByIds", List.of(taskId),
                "timeZone", zone.getId()));
    assertThat(waiting.status()).as("%s", waiting.body()).isEqualTo(201);

    phone = Browsers.touchPhone(port, "en");
    SignInScreen.signIn(phone, person.email(), People.PASSWORD);
    phone.getByTestId("rail-tasks").click();
    Locator phoneRow =
        phone.getByTestId("task-row").filter(new Locator.FilterOptions().setHasText(title));
    assertThat(phone
            .getByTestId("group-upcoming")
            .getByTestId("upcoming-day-heading")
            .first())
        .hasText("Tomorrow");
    assertThat(phoneRow.getByTestId("task-due")).hasText("Tomorrow 15:00");
    assertNoSidewaysScroll(phone);
    Browsers.screenshot(phone, "my-tasks-en-360");
    phoneRow.getByTestId("task-title").click();

    Locator detail = phone.getByTestId("task-detail");
    assertThat(detail.getByTestId("task-detail-title")).hasText(title);
    detail.getByTestId("checklist-add").fill("Attach the figures");
    detail.getByTestId("checklist-add").press("Enter");
    assertThat(detail.getByTestId("checklist-item")).hasCount(1);
    assertThat(detail.getByTestId("checklist-item")).containsText("Attach the figures");
    detail.getByTestId("subtask-add").fill("Ask finance for Q4 numbers");
    detail.getByTestId("subtask-add").press("Enter");
    assertThat(detail.getByTestId("subtask")).hasCount(1);
    assertThat(detail.getByTestId("subtask")).containsText("Ask finance for Q4 numbers");
    assertThat(detail.getByTestId("task-dependencies")).containsText(after);

    detail.getByTestId("dependency-add").click();
    // searched among every task the person may see, found by the start of a word as it is typed
    phone.keyboard().type("Revie");
    Locator found = phone
        .locator(".ant-select-dropdown:visible")
        .getByText(after, new Locator.GetByTextOptions().setExact(true));
    assertThat(found).isVisible();
    assertNoSidewaysScroll(phone);
    Browsers.screenshot(phone, "task-dependency-search-en-360");
    found.click();
    assertThat(phone.locator(".ant-message")).containsText("wait for each other in a circle");
    assertNoSidewaysScroll(phone);
    Browsers.screenshot(phone, "task-detail-cycle-en-360");

    detail.getByTestId("task-tab-comments").click();
    Locator composer = detail.getByTestId("task-comment-composer");
    composer.click();
    phone.keyboard().type("Figures attached, please check");
    phone.keyboard().press("Enter");
    assertThat(detail.getByTestId("task-comment").getByTestId("comment-body"))
        .hasText("Figures attached, please check");

    detail.getByTestId("task-detail-complete").click();
    assertThat(detail).hasAttribute("data-state", "DONE");
    // the server says so too, not only the screen
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                person.api().get("/api/v1/tasks/" + taskId).body().path("state").asString(),
            "DONE"::equals);
    Browsers.screenshot(phone, "task-detail-done-en-360");

    // the desk still showing My tasks hears of it (task.changed) and moves it out of Upcoming to
    // Done
    assertThat(
            upcoming.getByTestId("task-row").filter(new Locator.FilterOptions().setHasText(title)))
        .hasCount(0);
    assertThat(desk.getByTestId("group-done")).containsText("已完成 1");

    phone.getByTestId("pane-back").click();
    phone.getByTestId("group-done-toggle").click();
    assertThat(phone
            .getByTestId("group-done")
            .getByTestId("task-row")
            .filter(new Locator.FilterOptions().setHasText(title)))
        .hasAttribute("data-state", "DONE");
    Browsers.screenshot(phone, "my-tasks-done-en-360");
  }

  /**
   * Every screen of My tasks with a task that has every field filled in, in both languages at a
   * desk and on a small phone: nothing runs off the side, and each is kept as a screenshot to look at.
   */
  @ParameterizedTest
  @EnumSource(Language.class)
  void everyScreenFitsAtADeskAndOnASmallPhone(Language language) {
    Api admin = People.admin(port);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    People.Person person = People.create(port, admin, "林晓 " + suffix);
    People.Person colleague = People.create(port, admin, "Morgan Lee " + suffix);
    Api api = person.api();
    String first =
        created(api, Map.of("title", "准备季度评审材料 " + suffix, "assigneeIds", List.of(person.id())));
    Map<String, Object> rich = new HashMap<>();
    rich.put("title", "Prepare the quarterly business review with finance and sales " + suffix);
    rich.put(
        "description",
        Map.of(
            "type",
            "doc",
            "content",
            List.of(Map.of(
                "type",
                "paragraph",
                "content",
                List.of(Map.of(
                    "type", "text", "text", "Numbers from finance, the pipeline from sales."))))));
    rich.put("assigneeIds", List.of(person.id(), colleague.id()));
    rich.put("followerIds", List.of(colleague.id()));
    rich.put("dueAt", Instant.now().plus(Duration.ofDays(2)).toString());
    rich.put("priority", "HIGH");
    rich.put("tags", List.of("q4", "review"));
    rich.put(
        "checklist",
        List.of(
            Map.of("text", "Revenue by region", "done", true),
            Map.of("text", "Hiring plan", "done", false)));
    rich.put("reminders", List.of(0, 60));
    rich.put("recurrence", "FREQ=MONTHLY;BYDAY=-1FR");
    rich.put("blockedByIds", List.of(first));
    rich.put("timeZone", "Asia/Shanghai");
    String taskId = created(api, rich);
    created(api, Map.of("title", "Book the room " + suffix, "parentId", taskId));
    created(api, Map.of("title", "没有截止日期的任务 " + suffix, "assigneeIds", List.of(person.id())));

    desk = Browsers.desktop(port, language.locale);
    SignInScreen.signIn(desk, person.email(), People.PASSWORD);
    phone = Browsers.touchPhone(port, language.locale);
    SignInScreen.signIn(phone, person.email(), People.PASSWORD);
    for (Page page : List.of(desk, phone)) {
      String name = language.locale + "-" + (page == desk ? "1280" : "360");
      page.navigate("/tasks");
      assertThat(page.getByTestId("group-upcoming")).isVisible();
      assertThat(page.getByTestId("group-none")).isVisible();
      assertNoSidewaysScroll(page);
      Browsers.screenshot(page, "my-tasks-" + name);
      page.navigate("/tasks/" + taskId);
      Locator detail = page.getByTestId("task-detail");
      assertThat(detail.getByTestId("checklist-item")).hasCount(2);
      assertThat(detail.getByTestId("subtask")).hasCount(1);
      assertThat(detail.getByTestId("task-assignees-person")).hasCount(2);
      assertThat(detail.getByTestId("dependency")).hasCount(1);
      assertThat(detail.getByTestId("task-recurrence")).not().hasText("FREQ=MONTHLY;BYDAY=-1FR");
      assertNoSidewaysScroll(page);
      Browsers.screenshot(page, "task-detail-" + name);
      detail.getByTestId("task-tab-history").click();
      assertThat(detail.getByTestId("history-entry").first()).isVisible();
      Browsers.screenshot(page, "task-history-" + name);
      detail.getByTestId("task-recurrence-edit").click();
      assertThat(page.getByTestId("recurrence-form")).isVisible();
      // measured and kept once the dialog has zoomed in
      page.waitForFunction(
          "() => document.querySelector('.ant-modal').getAnimations({ subtree: true }).length === 0");
      assertNoSidewaysScroll(page);
      Browsers.screenshot(page, "task-recurrence-" + name);
      page.keyboard().press("Escape");
      assertThat(page.getByTestId("recurrence-form")).isHidden();
    }
  }

  /**
   * A long group shows its count and its first page; "show more" brings the rest after it, and a
   * task completed elsewhere leaves the expanded group live, counted and without a gap.
   */
  @Test
  void aLongGroupShowsItsFirstPageAndTheRestOnAsking() {
    Api admin = People.admin(port);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    People.Person person = People.create(port, admin, "周敏 " + suffix);
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      ids.add(created(
          person.api(),
          Map.of("title", "待整理 " + i + " " + suffix, "assigneeIds", List.of(person.id()))));
    }

    desk = Browsers.desktop(port, "zh-CN");
    SignInScreen.signIn(desk, person.email(), People.PASSWORD);
    desk.getByTestId("rail-tasks").click();
    Locator none = desk.getByTestId("group-none");
    assertThat(none).containsText("无截止日期 30");
    assertThat(none.getByTestId("task-row")).hasCount(25);
    assertThat(none.getByTestId("task-row").first()).containsText("待整理 30 ");
    assertThat(none.getByTestId("group-none-more")).hasText("显示更多（5）");
    none.getByTestId("group-none-more").click();
    assertThat(none.getByTestId("task-row")).hasCount(30);
    assertThat(none.getByTestId("task-row").last()).containsText("待整理 1 ");
    assertThat(none.getByTestId("group-none-more")).hasCount(0);
    Browsers.screenshot(desk, "my-tasks-more-zh-CN-1280");

    assertThat(person
            .api()
            .post("/api/v1/tasks/" + ids.get(9) + "/complete", Map.of())
            .status())
        .isEqualTo(200);
    assertThat(none).containsText("无截止日期 29");
    assertThat(none.getByTestId("task-row")).hasCount(29);
    assertThat(none.getByTestId("task-row")
            .filter(new Locator.FilterOptions().setHasText("待整理 10 " + suffix)))
        .hasCount(0);
    assertThat(desk.getByTestId("group-done")).containsText("已完成 1");
  }

  /** Makes a task through the API; answers its id. */
  private static String created(Api api, Map<String, Object> task) {
    var answer = api.post("/api/v1/tasks", task);
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
    return answer.body().path("id").asString();
  }

  private static void assertNoSidewaysScroll(Page page) {
    assertThat((Boolean)
            page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
        .isTrue();
  }
}
