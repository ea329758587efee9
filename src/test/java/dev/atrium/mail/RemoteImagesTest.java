package dev.atrium.mail;

import static dev.atrium.mail.MailRequests.folder;
import static dev.atrium.mail.MailRequests.id;
import static dev.atrium.mail.MailRequests.personal;
import static dev.atrium.mail.MailRequests.threads;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.atrium.IntegrationTest;
import dev.atrium.mail.internal.InboundChecks;
import dev.atrium.mail.internal.LocalDelivery;
import dev.atrium.mail.internal.MailAddress;
import dev.atrium.mail.internal.ParsedMail;
import dev.atrium.mail.internal.mime.HtmlSanitiser;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A mail's remote images through the server's proxy: only once its reader allowed them, only the
 * images it names, only images; the message's html then points at the proxy.
 */
@IntegrationTest
class RemoteImagesTest {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};

  @LocalServerPort
  int port;

  @Autowired
  LocalDelivery delivery;

  HttpServer images;
  String base;

  @BeforeEach
  void serve() throws IOException {
    images = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    images.createContext("/logo.png", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "image/png");
      exchange.sendResponseHeaders(200, PNG.length);
      exchange.getResponseBody().write(PNG);
      exchange.close();
    });
    images.createContext("/page.html", exchange -> {
      byte[] page = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, page.length);
      exchange.getResponseBody().write(page);
      exchange.close();
    });
    images.start();
    base = "http://127.0.0.1:" + images.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    images.stop(0);
  }

  @Test
  void allowedImagesNamedByTheMailArePassedOn() {
    Api admin = People.admin(port);
    People.Person ann = People.create(port, admin, "图片安");
    People.Person bo = People.create(port, admin, "图片博");
    JsonNode box = personal(ann.api());
    String logo = base + "/logo.png";
    String page = base + "/page.html";
    String html = HtmlSanitiser.sanitise(
            "<p>你好</p><img src=\"" + logo + "\"><img src=\"" + page + "\">")
        .html();
    delivery.deliver(
        List.of(box.path("address").asString()),
        new ParsedMail(
            UUID.randomUUID() + "@example.com",
            null,
            List.of(),
            "新品",
            new MailAddress("shop@example.com", "商店"),
            List.of(),
            List.of(),
            List.of(),
            Instant.now(),
            html,
            "你好",
            true,
            List.of(),
            null,
            100),
        new byte[0],
        new InboundChecks(UUID.randomUUID(), "shop@example.com", false, "pass"));
    String message = threads(ann.api(), folder(ann.api(), id(box), "INBOX"))
        .get(0)
        .path("messageIds")
        .get(0)
        .asString();
    String proxied = "/api/v1/mail/messages/" + message + "/images?url=";
    String logoPath = proxied + URLEncoder.encode(logo, StandardCharsets.UTF_8);

    assertThat(ann.api().bytes(logoPath).statusCode()).as("not allowed yet").isEqualTo(404);
    assertThat(ann.api()
            .get("/api/v1/mail/messages/" + message)
            .body()
            .path("html")
            .asString())
        .doesNotContain(" src=\"" + logo);
    assertThat(ann.api()
            .post("/api/v1/mail/messages/" + message + "/remote-images", java.util.Map.of())
            .status())
        .isEqualTo(204);

    var image = ann.api().bytes(logoPath);
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.body()).isEqualTo(PNG);
    assertThat(image.headers().firstValue("content-type")).hasValue("image/png");
    assertThat(image.headers().firstValue("x-content-type-options")).hasValue("nosniff");
    assertThat(image.headers().firstValue("cache-control").orElse("")).contains("private");
    String shown =
        ann.api().get("/api/v1/mail/messages/" + message).body().path("html").asString();
    assertThat(shown).contains("src=\"" + logoPath.replace("&", "&amp;"));

    String other = base + "/other.png";
    assertThat(ann.api()
            .bytes(proxied + URLEncoder.encode(other, StandardCharsets.UTF_8))
            .statusCode())
        .as("not in the mail")
        .isEqualTo(404);
    assertThat(bo.api().bytes(logoPath).statusCode()).as("not a reader").isEqualTo(404);
    var refused = ann.api().bytes(proxied + URLEncoder.encode(page, StandardCharsets.UTF_8));
    assertThat(refused.statusCode()).as("not an image").isEqualTo(502);
  }
}
