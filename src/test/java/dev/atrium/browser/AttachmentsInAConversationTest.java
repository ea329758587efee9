package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import dev.atrium.IntegrationTest;
import dev.atrium.files.TestFiles;
import dev.atrium.support.Browsers;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One colleague at a desk (Chinese) attaches an image with the paper clip and drops a PDF and a
 * blocked file on the conversation; the other, on a phone (English), sees the thumbnail, opens the
 * preview, and sees the PDF as a card to download.
 */
@IntegrationTest
class AttachmentsInAConversationTest extends DeskAndPhoneTest {

  @Test
  void anAttachedImageArrivesAsAThumbnailThatOpensAPreview() {
    colleagues("李娜", "Sam Lee");
    a.api().post("/api/v1/channels/direct", Map.of("personId", b.id()));

    openDesk();
    desk.getByTestId("channel-item")
        .filter(new Locator.FilterOptions().setHasText(bName))
        .click();
    assertThat(desk.getByTestId("conversation-title")).hasText(bName);

    desk.getByTestId("attach-input")
        .setInputFiles(new FilePayload("白板.png", "image/png", TestFiles.png(1200, 800)));
    drop(desk, "季度计划.pdf", "application/pdf", "%PDF-1.4 quarterly plan".getBytes());
    drop(desk, "setup.exe", "application/octet-stream", "MZ".getBytes());

    Locator tray = desk.getByTestId("upload-tray");
    assertThat(tray.getByTestId("upload-error")).hasText("不允许上传此类文件（.exe）。");
    assertThat(tray.locator("[data-status=done]")).hasCount(2);
    Browsers.screenshot(desk, "attachments-desktop-tray-zh-CN");
    tray.locator("[data-status=failed]").getByTestId("upload-remove").click();
    desk.getByTestId("composer").fill("看一下白板");
    desk.getByTestId("composer").press("Enter");
    Locator deskMessages = desk.getByTestId("message-list");
    assertThat(deskMessages.getByTestId("attachment-image")).hasCount(1);
    assertThat(desk.getByTestId("upload-tray")).hasCount(0);

    openPhone();
    phone
        .getByTestId("channel-item")
        .filter(new Locator.FilterOptions().setHasText(aName))
        .click();
    Locator phoneMessages = phone.getByTestId("message-list");
    assertThat(phoneMessages.getByTestId("message-body").last()).hasText("看一下白板");
    Locator thumbnail = phoneMessages.getByTestId("attachment-image");
    loaded(phone, thumbnail.locator("img"));
    assertThat(phoneMessages.getByTestId("attachment-file")).containsText("季度计划.pdf");
    assertThat(phoneMessages.getByTestId("attachment-file")).containsText("23 B");
    Browsers.screenshot(phone, "attachments-phone-message-en");

    thumbnail.click();
    Locator full = phone.locator("img.ant-image-preview-img");
    assertThat(full).isVisible();
    assertThat(full)
        .hasAttribute("src", java.util.regex.Pattern.compile("/api/v1/files/[0-9a-f-]{36}$"));
    loaded(phone, full);
    Browsers.screenshot(phone, "attachments-phone-preview-en");
  }

  /** Drops a file on the conversation the way a desktop file manager does. */
  private static void drop(Page page, String name, String type, byte[] bytes) {
    JSHandle transfer =
        page.evaluateHandle("""
        ([name, type, base64]) => {
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          const transfer = new DataTransfer();
          transfer.items.add(new File([bytes], name, { type }));
          return transfer;
        }""", List.of(name, type, Base64.getEncoder().encodeToString(bytes)));
    Locator zone = page.getByTestId("drop-zone");
    zone.dispatchEvent("dragenter", Map.of("dataTransfer", transfer));
    zone.dispatchEvent("dragover", Map.of("dataTransfer", transfer));
    zone.dispatchEvent("drop", Map.of("dataTransfer", transfer));
  }

  /** Waits until the image has really loaded (the server answered it with image bytes). */
  private static void loaded(Page page, Locator image) {
    image.waitFor();
    page.waitForFunction("img => img.complete && img.naturalWidth > 0", image.elementHandle());
  }
}
