package dev.atrium.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one HTTP/1.1 request exactly as written, byte for byte. Java's HttpClient and browsers
 * normalise paths ({@code /./}, {@code //}) or refuse some ({@code \}), so requests that probe how
 * the server reads a path go over a plain socket.
 */
public final class RawHttp {

  /** An answer: status, headers by lower-case name, and the body as text. */
  public record Answer(int status, Map<String, String> headers, String body) {

    public String contentType() {
      return headers.getOrDefault("content-type", "");
    }

    /** True for an RFC 9457 problem document that names a code. */
    public boolean isProblem() {
      return contentType().startsWith("application/problem+json") && !code().isEmpty();
    }

    public String code() {
      try {
        return JSON.readTree(body).path("code").asString();
      } catch (RuntimeException notJson) {
        return "";
      }
    }

    @Override
    public String toString() {
      return status + " " + contentType() + " " + body.substring(0, Math.min(body.length(), 200));
    }
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final int port;

  public RawHttp(int port) {
    this.port = port;
  }

  public Answer get(String target, String... headers) {
    return send("GET", target, null, headers);
  }

  /**
   * Sends {@code method target} with the given header lines ("Name: value") and, when not null, a
   * JSON body.
   */
  public Answer send(String method, String target, String jsonBody, String... headers) {
    StringBuilder request = new StringBuilder(method)
        .append(' ')
        .append(target)
        .append(" HTTP/1.1\r\n")
        .append("Host: localhost:")
        .append(port)
        .append("\r\nConnection: close\r\nAccept: application/json\r\n");
    for (String header : headers) {
      request.append(header).append("\r\n");
    }
    byte[] body = jsonBody == null ? new byte[0] : jsonBody.getBytes(StandardCharsets.UTF_8);
    if (jsonBody != null) {
      request.append("Content-Type: application/json\r\n");
    }
    request.append("Content-Length: ").append(body.length).append("\r\n\r\n");
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().write(body);
      socket.getOutputStream().flush();
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Answer read(InputStream in) throws IOException {
    byte[] all = in.readAllBytes();
    String text = new String(all, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IOException("No complete answer: " + text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip());
    }
    byte[] rest = java.util.Arrays.copyOfRange(all, end + 4, all.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      rest = unchunk(rest);
    }
    return new Answer(status, headers, new String(rest, StandardCharsets.UTF_8));
  }

  private static byte[] unchunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = at;
      while (chunked[lineEnd] != '\r') {
        lineEnd++;
      }
      String size =
          new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
      int length = Integer.parseInt(size, 16);
      if (length == 0) {
        break;
      }
      out.write(chunked, lineEnd + 2, length);
      at = lineEnd + 2 + length + 2;
    }
    return out.toByteArray();
  }
}
