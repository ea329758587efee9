package dev.atrium.mail.admin;

import dev.atrium.support.Api;
import java.util.Map;
import java.util.UUID;

/**
 * Domains for mail tests. The domains are installation-wide and every test class shares one
 * application, so tests add domains of their own names and never leave the default changed.
 */
final class TestDomains {

  private TestDomains() {}

  /** The default domain, adding one when none is configured yet. */
  static String ensureDefault(Api admin) {
    for (var domain : admin.get("/api/v1/mail/admin/domains").body()) {
      if (domain.path("isDefault").asBoolean()) {
        return domain.path("name").asString();
      }
    }
    admin.post("/api/v1/mail/admin/domains", Map.of("name", "atrium-mail.example"));
    for (var domain : admin.get("/api/v1/mail/admin/domains").body()) {
      if (domain.path("isDefault").asBoolean()) {
        return domain.path("name").asString();
      }
    }
    throw new IllegalStateException("No default mail domain");
  }

  /** A new domain no other test uses. */
  static String fresh(Api admin) {
    String name = "d" + UUID.randomUUID().toString().substring(0, 8) + ".example";
    var added = admin.post("/api/v1/mail/admin/domains", Map.of("name", name));
    if (added.status() != 201) {
      throw new IllegalStateException("Could not add " + name + ": " + added.body());
    }
    return name;
  }

  /** A local part no other test uses. */
  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
