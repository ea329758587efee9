package dev.atrium.access;

import dev.atrium.shared.data.UuidArrays;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * Everything deciding a person's roles needs, gathered once per request ({@link ResourceAccess#viewer}):
 * who they are, whether they are a guest or hold {@link Permission#CONTENT_ADMINISTER}, and where
 * they belong. It binds the parameters of {@link Visibility}'s SQL.
 */
public record Viewer(UUID personId, boolean guest, boolean contentAdmin, Affiliation affiliation) {

  /**
   * A viewer known by name only, with no look-up: enough for a type granted only to people by name,
   * to the company and to guests, and not administered for content (a chat channel), where
   * departments and groups never decide.
   */
  public static Viewer byName(UUID personId, boolean guest) {
    return new Viewer(personId, guest, false, Affiliation.none());
  }

  /** Binds {@code :v_me}, {@code :v_guest}, {@code :v_admin}, {@code :v_departments}, {@code :v_subtrees}, {@code :v_groups}. */
  public StatementSpec bind(StatementSpec statement) {
    return statement
        .param("v_me", personId)
        .param("v_guest", guest)
        .param("v_admin", contentAdmin)
        .param("v_departments", UuidArrays.literal(affiliation.departments()))
        .param("v_subtrees", UuidArrays.literal(affiliation.subtrees()))
        .param("v_groups", UuidArrays.literal(affiliation.groups()));
  }

  /** True when the grantee names this viewer; the Java twin of {@link Visibility}'s SQL match. */
  public boolean matches(Grantee grantee) {
    return switch (grantee) {
      case Grantee.Person p -> p.id().equals(personId);
      case Grantee.Department d -> affiliation.departments().contains(d.id());
      case Grantee.Subtree s -> affiliation.subtrees().contains(s.id());
      case Grantee.Group g -> affiliation.groups().contains(g.id());
      case Grantee.Company c -> !guest;
      case Grantee.Guests g -> guest;
    };
  }
}
