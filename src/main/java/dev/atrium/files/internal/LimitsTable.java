package dev.atrium.files.internal;

import dev.atrium.files.AttachmentLimits;
import java.sql.Array;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one row of {@code files.limits}. */
@Repository
public class LimitsTable {

  private final JdbcClient jdbc;

  LimitsTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public AttachmentLimits read() {
    return jdbc.sql("select max_bytes, blocked_extensions, blocked_content_types from files.limits")
        .query((rs, n) -> new AttachmentLimits(
            rs.getLong("max_bytes"),
            strings(rs.getArray("blocked_extensions")),
            strings(rs.getArray("blocked_content_types"))))
        .single();
  }

  public void write(AttachmentLimits limits) {
    jdbc.sql(
            "update files.limits set max_bytes = ?, blocked_extensions = ?, blocked_content_types = ?")
        .params(
            limits.maxBytes(),
            limits.blockedExtensions().toArray(String[]::new),
            limits.blockedContentTypes().toArray(String[]::new))
        .update();
  }

  private static List<String> strings(Array array) throws java.sql.SQLException {
    return Arrays.stream((String[]) array.getArray()).toList();
  }
}
