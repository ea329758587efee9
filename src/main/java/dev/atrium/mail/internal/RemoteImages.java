package dev.atrium.mail.internal;

import dev.atrium.mail.internal.mime.HtmlSanitiser;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A mail's remote images, fetched by the server: the app's content security policy lets a page load
 * same-origin images only, and the reader's address stays unknown to the sender. Only an image the
 * mail names (held back by the sanitiser as {@code data-remote-src}) is fetched, over http(s), never
 * from a loopback, private, link-local or multicast address (the tests' loopback server needs
 * {@code atrium.mail.remote-images.allow-private}), without following redirects, within a short
 * timeout and a size cap, and only when the answer says it is an image.
 */
@Component
public class RemoteImages {

  /** The largest image passed on. */
  static final int MAX_BYTES = 5 * 1024 * 1024;

  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  /** A well-formed image type: it becomes our answer's Content-Type as is. */
  private static final Pattern RASTER = Pattern.compile("image/[a-z0-9][a-z0-9.+-]*");

  /** An image as fetched: its bytes and its (image/*) content type. */
  public record Image(byte[] bytes, String contentType) {}

  private final HttpClient http;
  private final boolean allowPrivate;

  RemoteImages(@Value("${atrium.mail.remote-images.allow-private:false}") boolean allowPrivate) {
    this.allowPrivate = allowPrivate;
    this.http = HttpClient.newBuilder()
        .connectTimeout(TIMEOUT)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** The API path serving one of the message's remote images. */
  public static String proxyPath(UUID messageId, String url) {
    return "/api/v1/mail/messages/" + messageId + "/images?url="
        + URLEncoder.encode(url, StandardCharsets.UTF_8);
  }

  /** The sanitised html with its held-back images pointing at the proxy. */
  public static String shown(String html, UUID messageId) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    for (Element img : doc.select("img[" + HtmlSanitiser.REMOTE_SRC + "]")) {
      img.attr("src", proxyPath(messageId, img.attr(HtmlSanitiser.REMOTE_SRC)));
      img.removeAttr(HtmlSanitiser.REMOTE_SRC);
    }
    return doc.body().html();
  }

  /** Whether the sanitised html holds this image back. */
  public static boolean names(@Nullable String html, String url) {
    if (html == null) {
      return false;
    }
    return Jsoup.parseBodyFragment(html).select("img[" + HtmlSanitiser.REMOTE_SRC + "]").stream()
        .anyMatch(img -> img.attr(HtmlSanitiser.REMOTE_SRC).equals(url));
  }

  /** The image, or empty when it may not be fetched, does not answer, is no image or too large. */
  public Optional<Image> fetch(String url) {
    try {
      URI uri = URI.create(url.startsWith("//") ? "https:" + url : url);
      String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        return Optional.empty();
      }
      if (!allowPrivate && !public_(uri.getHost())) {
        return Optional.empty();
      }
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        String type = response
            .headers()
            .firstValue("content-type")
            .orElse("")
            .split(";")[0]
            .trim()
            .toLowerCase(Locale.ROOT);
        // svg may carry script; the browser is told nosniff, so the type must be a raster image
        if (response.statusCode() != 200
            || !RASTER.matcher(type).matches()
            || type.contains("svg")) {
          return Optional.empty();
        }
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        return bytes.length > MAX_BYTES ? Optional.empty() : Optional.of(new Image(bytes, type));
      }
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** True when every address of the host is a public one. */
  private static boolean public_(String host) {
    try {
      for (InetAddress address : InetAddress.getAllByName(host)) {
        if (address.isLoopbackAddress()
            || address.isAnyLocalAddress()
            || address.isLinkLocalAddress()
            || address.isSiteLocalAddress()
            || address.isMulticastAddress()
            || (address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc)) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
