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

  FirstAdministrator(OrgDirectory directory, OrgSetup setup, Access access, AccountsTable accounts, Passwords passwords,
                     TransactionTemplate tx,
                     @Value("${atrium.bootstrap.admin-email:admin@atrium.local}") String email,
                     @Value("${atrium.bootstrap.admin-password:}") String fixedPassword,
                     @Value("${atrium.bootstrap.company-name:Atrium}") String company) {
    this.directory = directory;
    this.setup = setup;
    this.access = access;
    this.accounts = accounts;
    this.passwords = passwords;
    this.tx = tx;
    this.email = email;
    this.fixedPassword = fixedPassword;
    this.company = company;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (directory.anyoneExists()) {
      return;
    }
    boolean generated = fixedPassword.isBlank();
    String password = generated ? Passwords.temporary() : fixedPassword;
    tx.executeWithoutResult(status -> {
      PersonRef admin = setup.createFirstPerson(company, "Administrator", email);
      access.grantFirstSystemAdmin(admin.id());
      accounts.setPassword(admin.id(), passwords.hash(password), generated);
    });
    if (generated) {
      // The one place a password is ever printed: it exists nowhere else, and must be changed at first sign-in.
      System.out.printf("%n  First administrator: %s%n  One-time password:   %s%n  (you will choose a new one at first sign-in)%n%n",
          email, password);
    } else {
      log.info("First administrator {} created with the configured password", email);
    }
  }
}
