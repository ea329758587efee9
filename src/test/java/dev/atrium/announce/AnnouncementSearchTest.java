package dev.atrium.announce;

import static dev.atrium.announce.Announce.draft;
import static dev.atrium.announce.Announce.people;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.access.Subject;
import dev.atrium.search.LinkPreview;
import dev.atrium.search.LinkPreviews;
import dev.atrium.support.Api;
import dev.atrium.support.Eventually;
import dev.atrium.support.People;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Announcements are found, and their links unfurl, only for their recipients and author; a withdrawn one is found by nobody. */
@IntegrationTest
class AnnouncementSearchTest {

  @LocalServerPort
  int port;

  @Autowired
  List<LinkPreviews> previews;

  @Test
  void onlyRecipientsFindItAndSeeItsCardUntilItIsWithdrawn() {
    Api admin = People.admin(port);
    var reader = People.create(port, admin, "检索读者");
    var stranger = People.create(port, admin, "检索外人");
    String word = "防汛" + UUID.randomUUID().toString().substring(0, 6);
    UUID id = Announce.publish(admin, draft(word + "安排", people(reader.id())));

    Eventually.eventually(() -> found(reader.api(), word), ids -> ids.contains(id.toString()));
    assertThat(found(stranger.api(), word)).doesNotContain(id.toString());
    assertThat(card(reader.id(), id)).map(LinkPreview::title).contains(word + "安排");
    assertThat(card(stranger.id(), id)).isEmpty();

    admin.post("/api/v1/announcements/" + id + "/withdraw", null);

    Eventually.eventually(() -> found(admin, word), ids -> !ids.contains(id.toString()));
    assertThat(found(reader.api(), word)).doesNotContain(id.toString());
    assertThat(card(reader.id(), id)).isEmpty();
  }

  private List<String> found(Api api, String word) {
    return api.get(
            "/api/v1/search?kind=announcement&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8))
        .body()
        .findValuesAsString("id");
  }

  private Optional<LinkPreview> card(UUID person, UUID id) {
    return previews.stream()
        .map(p -> p.preview(new Subject(person, false), "/announcements/" + id))
        .flatMap(Optional::stream)
        .findFirst();
  }
}
