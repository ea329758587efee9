package dev.atrium.browser;

import com.microsoft.playwright.Page;

/** The sign-in form, as a person fills it in. */
final class SignInScreen {

  private SignInScreen() {}

  static void signIn(Page page, String email, String password) {
    page.navigate("/sign-in");
    page.getByTestId("signin-email").fill(email);
    page.getByTestId("signin-password").fill(password);
    page.getByTestId("signin-submit").click();
  }
}
