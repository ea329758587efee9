package dev.atrium.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser-like client of the real HTTP API: keeps cookies, sends the CSRF header on unsafe
 * requests, speaks JSON. One instance is one signed-in person.
 */
public final class Api {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /** A response: status, headers, and the body parsed as JSON (null node when empty). */
  public record Response(int status, JsonNode body, java.net.http.HttpHeaders headers) {
    public String code() {
      return body.path("code").asString();
    }
  }

  private final int port;
  private final String base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;
  private String bearer;
  private boolean csrf = true;

  public Api(int port) {
    this.port = port;
    this.base = "http://localhost:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** Stops sending the CSRF header, as a forged cross-site request would. */
  public Api withoutCsrf() {
    this.csrf = false;
    return this;
  }

  public static Api signedIn(int port, String email, String password) {
    Api api = new Api(port);
    Response r = api.signIn(email, password);
    if (r.status() != 200) {
      throw new IllegalStateException(
          "Sign-in of " + email + " failed: " + r.status() + " " + r.body());
    }
    return api;
  }

  public int port() {
    return port;
  }

  /** The cookies this client would send, as a {@code Cookie} header's value. */
  public String cookieHeader() {
    return String.join(
        "; ",
        cookies.getCookieStore().get(URI.create(base)).stream()
            .map(HttpCookie::toString)
            .toList());
  }

  public Api withBearer(String token) {
    this.bearer = token;
    return this;
  }

  public Response signIn(String email, String password) {
    return post("/api/v1/auth/sign-in", Map.of("login", email, "password", password));
  }

  public Response get(String path) {
    return send("GET", path, null);
  }

  public Response post(String path, Object body) {
    return send("POST", path, body);
  }

  public Response put(String path, Object body) {
    return send("PUT", path, body);
  }

  public Response patch(String path, Object body) {
    return send("PATCH", path, body);
  }

  public Response delete(String path) {
    return send("DELETE", path, null);
  }

  public Response delete(String path, Object body) {
    return send("DELETE", path, body);
  }

  public Response send(String method, String path, Object body) {
    if (body == null) {
      return exchange(method, path, null, HttpRequest.BodyPublishers.noBody());
    }
    return exchange(
        method,
        path,
        "application/json",
        HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
  }

  /** Uploads one file as multipart/form-data, as a browser's file input does. */
  public Response upload(String path, String field, String filename, byte[] content) {
    String boundary = "----atrium" + java.util.UUID.randomUUID();
    var body = new java.io.ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
            + "\"; filename=\"" + filename + "\"\r\nContent-Type: text/csv\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return sendRaw("POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
  }

  /** Sends raw bytes with a content type (multipart uploads and the like). */
  public Response sendRaw(String method, String path, String contentType, byte[] body) {
    return exchange(method, path, contentType, HttpRequest.BodyPublishers.ofByteArray(body));
  }

  /** A download: the raw bytes and headers, without JSON parsing; {@code headers} are name, value pairs. */
  public HttpResponse<byte[]> bytes(String path, String... headers) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + path)).GET();
      for (int i = 0; i + 1 < headers.length; i += 2) {
        request.header(headers[i], headers[i + 1]);
      }
      if (bearer != null) {
        request.header("Authorization", "Bearer " + bearer);
      }
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Response exchange(
      String method, String path, String contentType, HttpRequest.BodyPublisher body) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
          .header("Accept", "application/json")
          .method(method, body);
      if (contentType != null) {
        request.header("Content-Type", contentType);
      }
      if (bearer != null) {
        request.header("Authorization", "Bearer " + bearer);
      } else if (csrf && !method.equals("GET")) {
        request.header("X-XSRF-TOKEN", csrfToken());
      }
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      JsonNode json = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
      return new Response(response.statusCode(), json, response.headers());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String csrfToken() throws IOException, InterruptedException {
    HttpResponse<String> fetched = null;
    for (int attempt = 0; attempt < 2; attempt++) {
      for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
        if (cookie.getName().equals("XSRF-TOKEN")) {
          return cookie.getValue();
        }
      }
      fetched = http.send(
          HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/csrf")).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
    throw new IllegalStateException(
        "The server set no XSRF-TOKEN cookie: " + fetched.statusCode() + " " + fetched.body());
  }
}
