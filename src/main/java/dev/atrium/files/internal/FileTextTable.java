package dev.atrium.files.internal;

import dev.atrium.shared.data.Timestamps;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code files.file_text}: one extraction outcome per content (sha256). */
@Repository
public class FileTextTable {

  private final JdbcClient jdbc;

  FileTextTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Extraction> find(String sha256) {
    return jdbc.sql("select status, text from files.file_text where sha256 = ?")
        .param(sha256)
        .query((rs, n) ->
            new Extraction(Extraction.Status.valueOf(rs.getString("status")), rs.getString("text")))
        .optional();
  }

  /** The outcomes kept for these contents, by hash; contents not read yet are absent. */
  public Map<String, Extraction> findAll(Collection<String> sha256s) {
    Map<String, Extraction> found = new HashMap<>();
    if (!sha256s.isEmpty()) {
      jdbc.sql("select sha256, status, text from files.file_text where sha256 in (:hashes)")
          .param("hashes", sha256s)
          .query(rs -> {
            found.put(
                rs.getString("sha256"),
                new Extraction(
                    Extraction.Status.valueOf(rs.getString("status")), rs.getString("text")));
          });
    }
    return found;
  }

  /** Keeps the outcome unless another reader of the same bytes kept one first (both are equal). */
  public void save(String sha256, Extraction extraction, Instant at) {
    jdbc.sql("""
        insert into files.file_text (sha256, status, text, extracted_at) values (?, ?, ?, ?)
        on conflict (sha256) do nothing
        """)
        .params(sha256, extraction.status().name(), extraction.text(), Timestamps.at(at))
        .update();
  }

  /** Drops the outcome of content no longer stored. */
  public void forget(String sha256) {
    jdbc.sql("delete from files.file_text where sha256 = ?").param(sha256).update();
  }
}
