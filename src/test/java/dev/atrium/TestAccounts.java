package dev.atrium;

/** The first administrator every test installation starts with. */
public final class TestAccounts {

  public static final String ADMIN_EMAIL = "admin@atrium.test";
  public static final String ADMIN_PASSWORD = "Admin-password-1";

  private TestAccounts() {}
}
