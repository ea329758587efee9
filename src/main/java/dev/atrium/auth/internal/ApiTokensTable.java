package dev.atrium.auth.internal;

import dev.atrium.shared.data.Timestamps;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code auth.api_token}; only digests of tokens are stored. */
@Repository
public class ApiTokensTable {

  /** A personal API token, without its secret. */
  public record ApiToken(
      UUID id,
      UUID personId,
      String name,
      List<String> scopes,
      Instant createdAt,
      Instant expiresAt,
      @Nullable Instant lastUsedAt) {}

  private static final String COLUMNS =
      "id, person_id, name, scopes, created_at, expires_at, last_used_at";

  private final JdbcClient jdbc;

  ApiTokensTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public ApiToken insert(
      UUID id, byte[] hash, UUID personId, String name, List<String> scopes, Instant expiresAt) {
    return jdbc.sql(
            "insert into auth.api_token (id, token_hash, person_id, name, scopes, expires_at) values (?, ?, ?, ?, ?, ?) returning "
                + COLUMNS)
        .params(id, hash, personId, name, scopes.toArray(String[]::new), Timestamps.at(expiresAt))
        .query(ApiTokensTable::map)
        .single();
  }

  public Optional<ApiToken> findLive(byte[] hash) {
    return jdbc.sql("select " + COLUMNS
            + " from auth.api_token where token_hash = ? and expires_at > now()")
        .param(hash)
        .query(ApiTokensTable::map)
        .optional();
  }

  public List<ApiToken> ofPerson(UUID personId) {
    return jdbc.sql("select " + COLUMNS
            + " from auth.api_token where person_id = ? order by created_at desc")
        .param(personId)
        .query(ApiTokensTable::map)
        .list();
  }

  public void touch(UUID id) {
    jdbc.sql("update auth.api_token set last_used_at = now() where id = ?")
        .param(id)
        .update();
  }

  public boolean delete(UUID id, UUID personId) {
    return jdbc.sql("delete from auth.api_token where id = ? and person_id = ?")
            .params(id, personId)
            .update()
        == 1;
  }

  public void deleteAllOf(UUID personId) {
    jdbc.sql("delete from auth.api_token where person_id = ?").param(personId).update();
  }

  private static ApiToken map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new ApiToken(
        rs.getObject(1, UUID.class),
        rs.getObject(2, UUID.class),
        rs.getString(3),
        Arrays.asList((String[]) rs.getArray(4).getArray()),
        Timestamps.required(rs, 5),
        Timestamps.required(rs, 6),
        Timestamps.instant(rs, 7));
  }
}
