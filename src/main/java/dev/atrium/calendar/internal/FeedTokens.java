package dev.atrium.calendar.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The secrets of people's feed URLs ({@code calendar.feed}): 32 random bytes, given once and kept
 * only as their SHA-256, so neither a copy of the database nor its logs open anyone's calendar.
 */
@Repository
public class FeedTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A feed as stored: who it is for and when its current secret was made. */
  public record Feed(UUID personId, Instant createdAt) {}

  private final JdbcClient jdbc;

  FeedTokens(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Feed> of(UUID personId) {
    return jdbc.sql("select person_id, created_at from calendar.feed where person_id = ?")
        .param(personId)
        .query((rs, n) -> new Feed(
            rs.getObject("person_id", UUID.class), rs.getTimestamp("created_at").toInstant()))
        .optional();
  }

  /** Makes the person's secret anew (the old one stops working at once) and answers it. */
  public String rotate(UUID personId, Instant now) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    jdbc.sql("""
            insert into calendar.feed (person_id, token_hash, created_at) values (?, ?, ?)
            on conflict (person_id) do update
              set token_hash = excluded.token_hash, created_at = excluded.created_at""").params(personId, hash(token), java.sql.Timestamp.from(now)).update();
    return token;
  }

  public void revoke(UUID personId) {
    jdbc.sql("delete from calendar.feed where person_id = ?").param(personId).update();
  }

  /**
   * Whose feed the token opens. Looked up by its hash (a lookup by the secret itself could be timed
   * byte by byte), then compared again in constant time, so a wrong token and a revoked one are
   * alike in answer and in time.
   */
  public Optional<UUID> owner(String token) {
    byte[] hash = hash(token);
    return jdbc.sql("select person_id, token_hash from calendar.feed where token_hash = ?")
        .param(hash)
        .query(
            (rs, n) -> new Stored(rs.getObject("person_id", UUID.class), rs.getBytes("token_hash")))
        .optional()
        .filter(stored -> MessageDigest.isEqual(stored.hash(), hash))
        .map(Stored::personId);
  }

  private record Stored(UUID personId, byte[] hash) {}

  private static byte[] hash(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
