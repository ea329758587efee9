package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.Browsers;
import dev.atrium.support.People;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Two colleagues discuss a page: the author at a desk in Chinese comments on a passage, a reader
 * on a phone in English sees the highlight and the thread arrive, replies, and comments on the
 * whole page; the author sees both, resolves the thread once its passage is rewritten, and is told
 * when someone they mention in the text, picked or pasted, cannot read the page.
 */
@IntegrationTest
class CommentsOnAPageTest extends DeskAndPhoneTest {

  private void openThePage(Page browser) {
    browser.getByTestId("rail-docs").click();
    browser
        .getByTestId("space-item")
        .filter(new Locator.FilterOptions().setHasText("发布计划 " + suffix))
        .click();
    browser
        .getByTestId("page-node")
        .filter(new Locator.FilterOptions().setHasText("发布说明"))
        .click();
    assertThat(browser.getByTestId("page-title")).hasText("发布说明");
    assertThat(browser.getByTestId("connection-status")).hasAttribute("data-status", "connected");
  }

  /** Selects a piece of the page's text as a person would by dragging over it. */
  private static void select(Page browser, String text) {
    Object found = browser.evaluate("""
        text => {
          const editor = document.querySelector('[data-testid=doc-editor]');
          editor.focus();
          const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const node = walker.currentNode;
            const at = node.textContent.indexOf(text);
            if (at >= 0) {
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + text.length);
              document.getSelection().removeAllRanges();
              document.getSelection().addRange(range);
              return true;
            }
          }
          return false;
        }""", text);
    assertThat(found).isEqualTo(true);
  }

  @Test
  void aReaderOnAPhoneSeesACommentArriveRepliesAndTheAuthorResolvesIt() {
    colleagues("王芳", "Ben Miller");
    Api.Response space =
        a.api().post("/api/v1/spaces", Map.of("kind", "PROJECT", "name", "发布计划 " + suffix));
    String spaceId = space.body().get("id").asString();
    assertThat(a.api()
            .put(
                "/api/v1/spaces/" + spaceId + "/grants",
                Map.of(
                    "grants",
                    List.of(
                        Map.of("kind", "PERSON", "id", a.id(), "role", "ADMIN"),
                        Map.of("kind", "PERSON", "id", b.id(), "role", "READ"))))
            .status())
        .isEqualTo(200);
    Api.Response page = a.api().post("/api/v1/pages", Map.of("spaceId", spaceId, "title", "发布说明"));
    assertThat(page.status()).isEqualTo(201);
    String pageId = page.body().get("id").asString();

    openDesk();
    openThePage(desk);
    assertThat(desk.getByTestId("page-watch")).hasAttribute("data-watching", "true");
    assertThat(desk.getByTestId("page-watch")).hasText("已关注");
    Locator deskEditor = desk.getByTestId("doc-editor");
    deskEditor.click();
    desk.keyboard().type("发布日期定在周五。测试已完成。");

    openPhone();
    openThePage(phone);
    assertThat(phone.getByTestId("read-only")).isVisible();
    assertThat(phone.getByTestId("doc-editor")).containsText("发布日期定在周五。");

    // the author selects a passage and comments on it
    select(desk, "定在周五");
    desk.getByTestId("comment-selection").click();
    assertThat(desk.getByTestId("new-thread")).containsText("定在周五");
    // mentioning the reader: "@" and part of their name, then their name from the suggestions
    Locator newThread = desk.getByTestId("new-thread-input");
    newThread.pressSequentially("@" + suffix);
    desk.getByTestId("comment-mention-option")
        .filter(new Locator.FilterOptions().setHasText(bName))
        .click();
    newThread.pressSequentially("日期和运维确认过了吗？");
    desk.getByTestId("new-thread-input-send").click();
    Locator deskThread = desk.getByTestId("comments-panel").getByTestId("comment-thread");
    assertThat(deskThread).hasCount(1);
    assertThat(deskThread.getByTestId("comment-quote")).hasText("定在周五");
    assertThat(deskEditor.getByTestId("comment-highlight")).hasText("定在周五");

    // the reader sees the highlight arrive, taps it, and replies in the sheet
    Locator phoneHighlight = phone.getByTestId("doc-editor").getByTestId("comment-highlight");
    assertThat(phoneHighlight).hasText("定在周五");
    assertThat(phone.getByTestId("page-comments-toggle").locator("xpath=..")).containsText("1");
    phoneHighlight.click();
    Locator phoneThread = phone.getByTestId("comments-panel").getByTestId("comment-thread");
    assertThat(phoneThread).hasAttribute("data-active", "true");
    assertThat(phoneThread.getByTestId("comment-body")).hasText("@" + bName + " 日期和运维确认过了吗？");
    assertThat(phoneThread.getByTestId("comment-mention"))
        .hasAttribute("href", "/directory/people/" + b.id());
    phoneThread.getByTestId("comment-reply").fill("Yes, ops confirmed Friday.");
    phone.keyboard().press("Enter");
    assertThat(phoneThread.getByTestId("comment-body").nth(1))
        .hasText("Yes, ops confirmed Friday.");
    Browsers.screenshot(phone, "docs-phone-comments-en");

    // the author sees the reply arrive without reloading
    assertThat(deskThread.getByTestId("comment-body").nth(1)).hasText("Yes, ops confirmed Friday.");
    assertThat(deskThread.getByTestId("comment-author").nth(1)).hasText(bName);
    Browsers.screenshot(desk, "docs-desktop-comments-zh-CN");

    // the author rewrites the passage: the thread stays, its passage marked as removed, for both
    select(desk, "定在周五");
    desk.keyboard().press("Backspace");
    assertThat(deskThread.getByTestId("passage-removed")).hasText("原文已删除");
    assertThat(phoneThread.getByTestId("passage-removed")).hasText("Passage removed");
    assertThat(phoneHighlight).hasCount(0);

    // the author resolves it: it leaves both lists, and the reader finds it among the resolved
    deskThread.getByTestId("thread-resolve").click();
    assertThat(deskThread).hasCount(0);
    assertThat(phoneThread).hasCount(0);
    phone.getByTestId("comments-show-resolved").click();
    assertThat(phoneThread.getByTestId("thread-resolved-by")).hasText("Resolved by " + aName);
    phone.getByTestId("comments-close").click();

    // a comment on the whole page, under its text
    Locator phonePageComments = phone.getByTestId("page-comments");
    phonePageComments.getByTestId("page-comment-input").fill("Release notes look good overall.");
    phonePageComments.getByTestId("page-comment-input-send").click();
    assertThat(phonePageComments.getByTestId("comment-body"))
        .hasText("Release notes look good overall.");
    assertThat(desk.getByTestId("page-comments").getByTestId("comment-body"))
        .hasText("Release notes look good overall.");
    assertThat(desk.getByTestId("page-comments")).containsText("页面评论（1）");
    Browsers.screenshot(desk, "docs-desktop-page-comments-zh-CN");
    Browsers.screenshot(phone, "docs-phone-page-comments-en");

    // mentioning in the text someone who may not read the page: the author is told at once
    String outsiderName = "赵敏 " + suffix;
    People.create(port, People.admin(port), outsiderName);
    deskEditor.click();
    desk.keyboard().press("End");
    desk.keyboard().type(" @" + suffix);
    desk.getByTestId("mention-list")
        .getByRole(AriaRole.OPTION)
        .filter(new Locator.FilterOptions().setHasText(outsiderName))
        .click();
    assertThat(deskEditor.locator("a.doc-mention")).hasText("@" + outsiderName);
    assertThat(desk.locator(".ant-message")).containsText(outsiderName + " 无权阅读此页面，不会收到通知");
    // a mention pasted in from another page is told just the same
    String pastedName = "周芷若 " + suffix;
    UUID pasted = People.create(port, People.admin(port), pastedName).id();
    deskEditor.evaluate(
        "(editor, html) => { const data = new DataTransfer(); data.setData('text/html', html);"
            + " editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })); }",
        "<p>请看 <a data-type=\"mention\" data-id=\"" + pasted + "\" data-label=\"" + pastedName
            + "\">@" + pastedName + "</a></p>");
    assertThat(deskEditor.locator("a.doc-mention").last()).hasText("@" + pastedName);
    assertThat(desk.locator(".ant-message")).containsText(pastedName + " 无权阅读此页面，不会收到通知");

    // a notification of the reply opens the page at it: its (resolved) thread is shown and active
    String reply = a.api()
        .get("/api/v1/pages/" + pageId + "/comments")
        .body()
        .path("threads")
        .get(0)
        .path("comments")
        .get(1)
        .path("id")
        .asString();
    desk.navigate("/docs");
    desk.navigate("/docs/spaces/" + spaceId + "/pages/" + pageId + "#comment-" + reply);
    Locator target = desk.getByTestId("comments-panel").getByTestId("comment-thread");
    assertThat(target).hasAttribute("data-active", "true");
    assertThat(target.getByTestId("thread-resolved-by")).hasText(aName + " 已解决");
  }
}
