package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Browsers;
import dev.atrium.support.People;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * On a phone's touch screen, in either language: a tap on a message reads it (no toolbar over its
 * text), a long press opens its actions from the bottom of the screen, and the composer hints at no
 * keys the on-screen keyboard lacks. At a desk the hint and the hover toolbar stay.
 */
@IntegrationTest
class MessageActionsOnATouchScreenTest extends DeskAndPhoneTest {

  private static final Pattern SIGNED_IN = Pattern.compile(".*/messages.*");

  @Test
  void aLongPressOpensTheMessagesActionsAsABottomSheetInEnglish() {
    colleagues("王芳", "Ben Miller");
    String channel = channelWithAQuestion();
    phone = Browsers.touchPhone(port, "en");
    SignInScreen.signIn(phone, b.email(), People.PASSWORD);
    assertThat(phone).hasURL(SIGNED_IN);
    phone.navigate("/messages/" + channel);
    Locator question = phone
        .getByTestId("message")
        .filter(new Locator.FilterOptions().setHasText("Lunch at noon?"));

    question.getByTestId("message-body").tap();
    assertThat(phone.getByTestId("message-hover-actions")).hasCount(0);
    assertThat(phone.getByText("Enter to send")).hasCount(0);

    longPress(phone, question.getByTestId("message-body"));
    Locator sheet = phone.getByTestId("message-sheet");
    assertThat(sheet.getByTestId("message-sheet-preview")).hasText("Lunch at noon?");
    assertThat(sheet.getByTestId("message-sheet-action")).containsText(new String[] {
      "Copy text",
      "Copy link",
      "Mark as unread",
      "Reply in thread",
      "Quote",
      "Pin",
      "Forward",
      "Save"
    });
    Browsers.screenshot(phone, "touch-message-sheet-en");
    sheet.getByTestId("sheet-react-👍").tap();
    assertThat(question.getByTestId("reaction")).hasText("👍1");

    longPress(phone, question.getByTestId("message-body"));
    sheet.getByText("Reply in thread").tap();
    assertThat(phone.getByTestId("thread-pane")).isVisible();
  }

  @Test
  void myOwnMessageOffersEditAndDeleteOnAChineseTouchScreenAndTheDeskKeepsItsHints() {
    colleagues("王芳", "Ben Miller");
    String channel = channelWithAQuestion();
    phone = Browsers.touchPhone(port, "zh-CN");
    SignInScreen.signIn(phone, a.email(), People.PASSWORD);
    assertThat(phone).hasURL(SIGNED_IN);
    phone.navigate("/messages/" + channel);
    Locator question = phone
        .getByTestId("message")
        .filter(new Locator.FilterOptions().setHasText("Lunch at noon?"));
    assertThat(question).isVisible();
    assertThat(phone.getByText("Enter 发送")).hasCount(0);

    longPress(phone, question.getByTestId("message-body"));
    Locator sheet = phone.getByTestId("message-sheet");
    assertThat(sheet.getByTestId("message-sheet-action"))
        .containsText(new String[] {"复制文字", "在话题中回复", "编辑", "删除"});
    Browsers.screenshot(phone, "touch-message-sheet-zh-CN");
    sheet.getByText("编辑").tap();
    phone.getByTestId("message-edit-box").fill("Lunch at half past twelve?");
    phone.getByTestId("message-edit-save").tap();
    assertThat(phone.getByTestId("message-body")).hasText("Lunch at half past twelve?");

    openDesk();
    assertThat(desk).hasURL(SIGNED_IN);
    desk.navigate("/messages/" + channel);
    assertThat(desk.getByText("Enter 发送 · Shift+Enter 换行")).isVisible();
    desk.getByTestId("message").first().hover();
    assertThat(desk.getByTestId("message-hover-actions")).isVisible();
  }

  private String channelWithAQuestion() {
    String channel = a.api()
        .post("/api/v1/channels", Map.of("kind", "PUBLIC", "name", "午餐 " + suffix))
        .body()
        .path("id")
        .asString();
    b.api().post("/api/v1/channels/" + channel + "/join", null);
    a.api()
        .post(
            "/api/v1/channels/" + channel + "/messages",
            Map.of("clientMessageId", UUID.randomUUID(), "body", "Lunch at noon?"));
    return channel;
  }

  /** A finger held on the element until the sheet shows, then lifted, as Chromium's touch input delivers it. */
  private static void longPress(Page page, Locator target) {
    // a sheet still sliding away would pass for the new one
    assertThat(page.getByTestId("message-sheet")).isHidden();
    target.scrollIntoViewIfNeeded();
    BoundingBox box = target.boundingBox();
    CDPSession cdp = page.context().newCDPSession(page);
    JsonObject point = new JsonObject();
    point.addProperty("x", box.x + box.width / 2);
    point.addProperty("y", box.y + box.height / 2);
    JsonArray points = new JsonArray();
    points.add(point);
    JsonObject press = new JsonObject();
    press.addProperty("type", "touchStart");
    press.add("touchPoints", points);
    cdp.send("Input.dispatchTouchEvent", press);
    assertThat(page.getByTestId("message-sheet")).isVisible();
    JsonObject lift = new JsonObject();
    lift.addProperty("type", "touchEnd");
    lift.add("touchPoints", new JsonArray());
    cdp.send("Input.dispatchTouchEvent", lift);
    cdp.detach();
  }
}
