package dev.atrium.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web client's TypeScript types are generated from web/src/shared/api/openapi.json; this test
 * keeps that file equal to what the server describes, rewriting it and failing when it drifted.
 */
@IntegrationTest
class OpenApiContractTest {

  private static final Path COMMITTED = Path.of("web/src/shared/api/openapi.json");

  @LocalServerPort
  int port;

  @Test
  void committedSpecMatchesTheServer() throws Exception {
    String live = java.net.http.HttpClient.newHttpClient()
        .send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + "/api/v1/openapi.json"))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .body();
    var mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    String pretty = mapper.writeValueAsString(mapper.readTree(live)) + "\n";
    assertThat(pretty).contains("\"/api/v1/auth/sign-in\"");
    String committed =
        Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
    if (!committed.equals(pretty)) {
      Files.createDirectories(COMMITTED.getParent());
      Files.writeString(COMMITTED, pretty, StandardCharsets.UTF_8);
    }
    assertThat(committed)
        .as(
            "web/src/shared/api/openapi.json was stale and has been rewritten; run `npm run gen:api` in web/ and commit both")
        .isEqualTo(pretty);
  }

  @Test
  void swaggerUiIsServedWithoutSigningIn() throws Exception {
    var client = java.net.http.HttpClient.newBuilder()
        .followRedirects(java.net.http.HttpClient.Redirect.NORMAL)
        .build();
    var page = client.send(
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/api/v1/docs"))
            .build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("swagger-ui");
  }
}
