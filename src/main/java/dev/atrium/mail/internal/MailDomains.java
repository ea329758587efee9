package dev.atrium.mail.internal;

import dev.atrium.shared.data.Timestamps;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The domains Atrium receives mail for. While there are none (a new installation), the configured
 * {@code atrium.mail.default-domain} is made the default at start, so everyone has an address from
 * the first day; the administrator adds and changes domains later.
 */
@Component
public class MailDomains implements ApplicationRunner {

  private final JdbcClient jdbc;
  private final String configured;
  private final Clock clock;

  MailDomains(
      JdbcClient jdbc,
      @Value("${atrium.mail.default-domain:atrium.local}") String configured,
      Clock clock) {
    this.jdbc = jdbc;
    this.configured = configured.trim().toLowerCase(Locale.ROOT);
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    seed();
  }

  /** The default domain, seeded from the configuration if there is none yet. */
  public String defaultDomain() {
    return current().orElseGet(() -> {
      seed();
      return current().orElseThrow();
    });
  }

  /** Whether the domain (lower case) is one of ours. */
  public boolean isOurs(String domain) {
    return jdbc.sql("select exists (select 1 from mail.domain where name = ?)")
        .param(domain)
        .query(Boolean.class)
        .single();
  }

  private Optional<String> current() {
    return jdbc.sql("select name from mail.domain where is_default")
        .query(String.class)
        .optional();
  }

  private void seed() {
    jdbc.sql("""
        insert into mail.domain (name, is_default, created_at)
        select ?, true, ? where not exists (select 1 from mail.domain)
        on conflict do nothing
        """).params(configured, Timestamps.at(clock.instant())).update();
  }
}
