package dev.atrium.browser;

import com.microsoft.playwright.Page;
import dev.atrium.support.Api;
import dev.atrium.support.Browsers;
import dev.atrium.support.People;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test of two colleagues: {@code a} reads Chinese at a desk, {@code b} English on a
 * phone. Their names end in one fresh suffix, so searches find just them.
 */
abstract class DeskAndPhoneTest {

  @LocalServerPort
  int port;

  String suffix;
  String aName;
  String bName;
  People.Person a;
  People.Person b;
  Page desk;
  Page phone;

  @AfterEach
  void closeBrowsers() {
    Browsers.close(desk);
    Browsers.close(phone);
  }

  /** Makes the two people, each with their language chosen. */
  void colleagues(String chineseName, String englishName) {
    Api admin = People.admin(port);
    suffix = UUID.randomUUID().toString().substring(0, 6);
    aName = chineseName + " " + suffix;
    bName = englishName + " " + suffix;
    a = People.create(port, admin, aName);
    b = People.create(port, admin, bName);
    a.api().patch("/api/v1/me/preferences", Map.of("locale", "zh-CN"));
    b.api().patch("/api/v1/me/preferences", Map.of("locale", "en"));
  }

  void openDesk() {
    desk = Browsers.desktop(port, "zh-CN");
    SignInScreen.signIn(desk, a.email(), People.PASSWORD);
  }

  void openPhone() {
    phone = Browsers.phone(port, "en");
    SignInScreen.signIn(phone, b.email(), People.PASSWORD);
  }
}
