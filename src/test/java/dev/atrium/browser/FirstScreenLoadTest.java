package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Browsers;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new member's first visit, on a phone with an empty cache: something is on the screen before
 * any script has arrived, and the sign-in screen comes compressed, without the other modules' code.
 */
@IntegrationTest
class FirstScreenLoadTest {

  @LocalServerPort
  int port;

  Page phone;

  @AfterEach
  void close() {
    Browsers.close(phone);
  }

  @Test
  void theShellShowsBeforeAnyScriptArrives() {
    phone = Browsers.phone(port, "zh-CN");
    phone.route("**/assets/*.js", route -> route.abort());
    phone.navigate("/sign-in");
    assertThat(phone.getByTestId("boot-shell")).isVisible();
    assertThat(phone.getByRole(com.microsoft.playwright.options.AriaRole.PROGRESSBAR))
        .isVisible();
  }

  @Test
  void theSignInScreenComesCompressedAndWithoutTheModulesItDoesNotShow() {
    phone = Browsers.phone(port, "en");
    List<Response> assets = new CopyOnWriteArrayList<>();
    phone.onResponse(response -> {
      if (response.url().contains("/assets/")) {
        assets.add(response);
      }
    });
    phone.navigate("/sign-in");
    assertThat(phone.getByTestId("signin-email")).isVisible();
    assertThat(phone.getByTestId("boot-shell")).hasCount(0);

    assertThat(assets).isNotEmpty();
    long transferred = 0;
    for (Response asset : assets) {
      // the build compresses what is worth it: from 1 KiB up
      if (asset.body().length >= 1024) {
        assertThat(asset.allHeaders().get("content-encoding")).as(asset.url()).isIn("br", "gzip");
      }
      transferred += asset.request().sizes().responseBodySize;
    }
    // 2,047,684 bytes of one uncompressed script before (BENCHMARKS.md); about a sixth now
    assertThat(transferred).isLessThan(600_000);
    assertThat(assets)
        .extracting(Response::url)
        .noneMatch(url -> url.contains("docs-route") || url.contains("messages-route"));
  }
}
