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
      "logging.level.dev.atrium=INFO",
      // mail's SMTP bridge: inbound on any free port (InboundServer.port()); the relay is
      // support/OutsideMail's GreenMail on a port chosen once per context (read it from
      // MailSettings, never from the property: it is drawn anew at each read); short retries
      "atrium.mail.smtp.port=0",
      "atrium.mail.smtp.max-message-bytes=1048576",
      "atrium.mail.relay.host=127.0.0.1",
      "atrium.mail.relay.port=${random.int[20000,29999]}",
      "atrium.mail.relay.retry-base=PT0.5S",
      "atrium.mail.relay.retry-cap=PT1S",
      "atrium.mail.relay.timeout=PT5S",
      "atrium.mail.poll-interval=PT0.5S",
      "atrium.mail.spf-timeout=PT0.5S",
      // mail's remote-image proxy refuses private addresses; the tests serve images on loopback
      "atrium.mail.remote-images.allow-private=true"
    })
public @interface IntegrationTest {}
