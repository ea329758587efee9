package dev.atrium.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The headers that keep an injected script from running and the client out of foreign frames, on the
 * page a browser loads and on the API; and the page itself needs no inline script, which the policy
 * would block.
 */
@IntegrationTest
class SecurityHeadersTest {

  @LocalServerPort
  int port;

  @Test
  void thePageAndTheApiForbidForeignScriptsAndFrames() {
    for (String path : List.of("/", "/messages", "/api/v1/me")) {
      HttpResponse<byte[]> answer = new Api(port).bytes(path);
      var headers = answer.headers();
      assertThat(headers.firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(policy -> assertThat(policy)
              .contains("script-src 'self';", "frame-ancestors 'none'", "object-src 'none'")
              .doesNotContain("unsafe-eval"));
      assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
    }
  }

  @Test
  void theShellLoadsScriptsOnlyFromFiles() {
    String page = new String(new Api(port).bytes("/").body(), StandardCharsets.UTF_8);
    assertThat(page).contains("<script");
    List<String> tags = List.of(page.split("<script", -1));
    assertThat(tags.subList(1, tags.size()))
        .allSatisfy(tag -> assertThat(tag.substring(0, tag.indexOf('>')))
            .as("a script tag of index.html")
            .contains("src="));
  }
}
