package dev.atrium.doc.internal;

import dev.atrium.shared.data.UuidArrays;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * What deciding a person's rights in doc needs, gathered once: who they are, whether they are a
 * guest or a system administrator, and the departments whose subtree holds them.
 */
public record Viewer(UUID personId, boolean guest, boolean admin, Set<UUID> subtrees) {

  /** Binds {@code :me}, {@code :guest}, {@code :admin} and {@code :subtrees} of {@link Rights}' fragments. */
  StatementSpec bind(StatementSpec statement) {
    return statement.param("me", personId).param("guest", guest).param("admin", admin)
        .param("subtrees", UuidArrays.literal(subtrees));
  }
}
