package dev.atrium.org;

import static dev.atrium.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The people index follows an import whole (one read, one index commit): the people it made are
 * found, and someone it renamed is found by the new name and no longer by the old one.
 */
@IntegrationTest
class ImportedPeopleAreFoundTest {

  @LocalServerPort
  int port;

  @Test
  void theImportsPeopleAreFoundByTheirNamesAsTheFileGivesThem() {
    Api admin = People.admin(port);
    String tag = "i" + UUID.randomUUID().toString().substring(0, 8);
    People.Person renamed = People.create(port, admin, "诸葛亮" + tag);
    eventually(() -> ids(admin, "zhugeliang" + tag), found -> found.contains(renamed.id()));

    String newcomer = People.uniqueEmail("n");
    String file = "name,email,department\n"
        + "司马懿" + tag + "," + renamed.email() + ",导入" + tag + "\n"
        + "黄月英" + tag + "," + newcomer + ",导入" + tag + "\n";
    var imported = admin.upload(
        "/api/v1/admin/org-import?dryRun=false",
        "file",
        "org.csv",
        file.getBytes(StandardCharsets.UTF_8));
    assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);

    eventually(() -> ids(admin, "simayi" + tag), found -> found.contains(renamed.id()));
    assertThat(ids(admin, "huangyueying" + tag)).hasSize(1);
    assertThat(ids(admin, "zhugeliang" + tag)).doesNotContain(renamed.id());
  }

  private static List<UUID> ids(Api api, String query) {
    var found = api.get(
        "/api/v1/search?size=20&kind=person&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    assertThat(found.status()).as(found.body().toString()).isEqualTo(200);
    return found.body().path("groups").get(0).path("hits").findValuesAsString("id").stream()
        .map(UUID::fromString)
        .toList();
  }
}
