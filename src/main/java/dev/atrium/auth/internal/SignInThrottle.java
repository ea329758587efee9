package dev.atrium.auth.internal;

import java.time.Duration;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refuses sign-in attempts after too many failures: 5 per account and 50 per address (an office behind one NAT) within 30
 * minutes. Counted in the database so every node sees the same numbers.
 */
@Component
public class SignInThrottle {

  static final int PER_ACCOUNT = 5;
  static final int PER_ADDRESS = 50;
  static final Duration WINDOW = Duration.ofMinutes(30);

  private final JdbcClient jdbc;

  SignInThrottle(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Seconds to wait before the next attempt may be made, if any. */
  public OptionalLong retryAfter(String login, String address) {
    long byLogin = waitFor("login", login.toLowerCase(), PER_ACCOUNT);
    long byAddress = waitFor("ip_address", address, PER_ADDRESS);
    long wait = Math.max(byLogin, byAddress);
    return wait > 0 ? OptionalLong.of(wait) : OptionalLong.empty();
  }

  /** In a transaction of its own: the failed attempt's transaction rolls back, the count must not. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordFailure(String login, String address) {
    jdbc.sql("insert into auth.sign_in_failure (login, ip_address) values (?, ?)")
        .params(login.toLowerCase(), address)
        .update();
  }

  public void clear(String login) {
    jdbc.sql("delete from auth.sign_in_failure where login = ?")
        .param(login.toLowerCase())
        .update();
  }

  /** When the limit is reached, the wait until the oldest failure in the window ages out. */
  private long waitFor(String column, String value, int limit) {
    return jdbc.sql("""
        select coalesce(ceil(extract(epoch from (min(at) + make_interval(mins => ?) - now()))), 0)::bigint
        from (select at from auth.sign_in_failure where %s = ? and at > now() - make_interval(mins => ?)
              order by at desc limit ?) recent
        having count(*) >= ?""".formatted(column))
        .params((int) WINDOW.toMinutes(), value, (int) WINDOW.toMinutes(), limit, limit)
        .query(Long.class)
        .optional()
        .orElse(0L);
  }
}
