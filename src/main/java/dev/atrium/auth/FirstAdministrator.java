package dev.atrium.auth;

import dev.atrium.access.Access;
import dev.atrium.auth.internal.AccountsTable;
import dev.atrium.auth.internal.Passwords;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.OrgSetup;
import dev.atrium.org.PersonRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start of an installation: the company's root department, its first person, a system
 * administrator role and a one-time password, printed once to the console. Later starts do nothing.
 *
 * <p>{@code atrium.bootstrap.admin-password} sets that password instead (an automated install knows
 * it in advance); it is still one-time, to be changed at first sign-in, so a password written in a
 * deployment script never stays the administrator's. Only tests and benchmarks, which sign in as the
 * administrator thousands of times, keep it with {@code
 * atrium.bootstrap.admin-password-change-required=false}, and the log warns when they do.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

  private final OrgDirectory directory;
  private final OrgSetup setup;
  private final Access access;
  private final AccountsTable accounts;
  private final Passwords passwords;
  private final TransactionTemplate tx;
  private final String email;
  private final String fixedPassword;
  private final String company;
  private final boolean changeRequired;

  FirstAdministrator(
      OrgDirectory directory,
      OrgSetup setup,
      Access access,
      AccountsTable accounts,
      Passwords passwords,
      TransactionTemplate tx,
      @Value("${atrium.bootstrap.admin-email:admin@atrium.local}") String email,
      @Value("${atrium.bootstrap.admin-password:}") String fixedPassword,
      @Value("${atrium.bootstrap.company-name:Atrium}") String company,
      @Value("${atrium.bootstrap.admin-password-change-required:true}") boolean changeRequired) {
    this.directory = directory;
    this.setup = setup;
    this.access = access;
    this.accounts = accounts;
    this.passwords = passwords;
    this.tx = tx;
    this.email = email;
    this.fixedPassword = fixedPassword;
    this.company = company;
    this.changeRequired = changeRequired;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (directory.anyoneExists()) {
      return;
    }
    boolean generated = fixedPassword.isBlank();
    String password = generated ? Passwords.temporary() : fixedPassword;
    boolean oneTime = generated || changeRequired;
    tx.executeWithoutResult(status -> {
      PersonRef admin = setup.createFirstPerson(company, "Administrator", email);
      access.grantFirstSystemAdmin(admin.id());
      accounts.setPassword(admin.id(), passwords.hash(password), oneTime);
    });
    if (generated) {
      // The one place a password is ever printed: it exists nowhere else, and must be changed at
      // first sign-in.
      System.out.printf(
          "%n  First administrator: %s%n  One-time password:   %s%n  (you will choose a new one at first sign-in)%n%n",
          email, password);
    } else if (oneTime) {
      log.info(
          "First administrator {} created with the configured password, to be changed at first sign-in",
          email);
    } else {
      log.warn(
          "First administrator {} created with the configured password and no change required "
              + "(atrium.bootstrap.admin-password-change-required=false): for tests and benchmarks only",
          email);
    }
  }
}
