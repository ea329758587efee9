package dev.atrium.auth.internal;

import dev.atrium.shared.data.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code auth.session}. */
@Repository
public class SessionsTable {

  /** A signed-in browser. */
  public record Session(
      UUID id,
      UUID personId,
      Instant createdAt,
      Instant lastSeenAt,
      Instant expiresAt,
      @Nullable String ipAddress,
      @Nullable String userAgent) {}

  private static final String COLUMNS =
      "id, person_id, created_at, last_seen_at, expires_at, ip_address, user_agent";

  private final JdbcClient jdbc;

  SessionsTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(
      UUID id,
      byte[] tokenHash,
      UUID personId,
      Instant expiresAt,
      @Nullable String ip,
      @Nullable String userAgent) {
    jdbc.sql(
            "insert into auth.session (id, token_hash, person_id, expires_at, ip_address, user_agent) values (?, ?, ?, ?, ?, ?)")
        .params(id, tokenHash, personId, Timestamps.at(expiresAt), ip, userAgent)
        .update();
  }

  /** A live session with what a request needs to know of its account and the policy, in one query. */
  public record LiveSession(
      Session session, boolean passwordChangeRequired, boolean mfaEnrolmentDue) {}

  /** Every request's look-up: the session, its account's pending steps and the MFA policy in one round trip. */
  public Optional<LiveSession> findLiveWithSteps(byte[] tokenHash) {
    return jdbc.sql("""
        select s.id, s.person_id, s.created_at, s.last_seen_at, s.expires_at, s.ip_address, s.user_agent,
               coalesce(a.password_change_required, false),
               a.totp_secret is null and (select mfa_required from auth.policy)
        from auth.session s left join auth.account a on a.person_id = s.person_id
        where s.token_hash = ? and s.expires_at > now()""")
        .param(tokenHash)
        .query((rs, n) -> new LiveSession(map(rs, n), rs.getBoolean(8), rs.getBoolean(9)))
        .optional();
  }

  public List<Session> ofPerson(UUID personId) {
    return jdbc.sql(
            "select " + COLUMNS
                + " from auth.session where person_id = ? and expires_at > now() order by last_seen_at desc")
        .param(personId)
        .query(SessionsTable::map)
        .list();
  }

  /** Slides the expiry. */
  public void touch(UUID id, Instant expiresAt) {
    jdbc.sql("update auth.session set last_seen_at = now(), expires_at = ? where id = ?")
        .params(Timestamps.at(expiresAt), id)
        .update();
  }

  public boolean delete(UUID id, UUID personId) {
    return jdbc.sql("delete from auth.session where id = ? and person_id = ?")
            .params(id, personId)
            .update()
        == 1;
  }

  /** A session that was just deleted: its sockets are to be closed. */
  public record Ended(UUID id, UUID personId) {}

  /** Deletes the session of this token; answers which one it was, if any. */
  public Optional<Ended> deleteByToken(byte[] tokenHash) {
    return jdbc.sql("delete from auth.session where token_hash = ? returning id, person_id")
        .param(tokenHash)
        .query((rs, row) -> new Ended(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
        .optional();
  }

  public void deleteAllOf(UUID personId) {
    jdbc.sql("delete from auth.session where person_id = ?").param(personId).update();
  }

  public void deleteAllOfExcept(UUID personId, UUID keep) {
    jdbc.sql("delete from auth.session where person_id = ? and id <> ?")
        .params(personId, keep)
        .update();
  }

  private static Session map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Session(
        rs.getObject(1, UUID.class),
        rs.getObject(2, UUID.class),
        Timestamps.required(rs, 3),
        Timestamps.required(rs, 4),
        Timestamps.required(rs, 5),
        rs.getString(6),
        rs.getString(7));
  }
}
