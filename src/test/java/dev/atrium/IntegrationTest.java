package dev.atrium;

import dev.atrium.support.BrowserFailures;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test against the whole application on a real HTTP port and the embedded PostgreSQL. All such
 * tests share one application context and one database per test JVM, so each test makes its own
 * data (fresh names, e-mails) rather than relying on an empty database.
 */
@Target(ElementType.TYPE)
@ExtendWith(BrowserFailures.class)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "atrium.data-dir=target/test-data/jvm-${random.uuid}",
      "atrium.bootstrap.admin-email=" + TestAccounts.ADMIN_EMAIL,
      "atrium.bootstrap.admin-password=" + TestAccounts.ADMIN_PASSWORD,
      "atrium.bootstrap.admin-password-change-required=false",
      "atrium.limits.address-per-second=1000",
      "atrium.limits.address-burst=10000",
      "atrium.limits.person-burst=10000",
      // the tests make hundreds of people; the production cost would make each one take a second
      "atrium.auth.argon2-memory-kib=1024",
      "atrium.auth.argon2-iterations=1",
      "logging.level.dev.atrium=INFO"
    })
public @interface IntegrationTest {}
