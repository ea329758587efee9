package dev.atrium.notify.internal;

import dev.atrium.shared.DomainException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page of the list ended: the last row's time and id, the list's order. Opaque to clients
 * (base64url of {@code <epoch micros>:<id>}), so the order can change without breaking them.
 */
public record ListCursor(Instant updatedAt, UUID id) {

  public static ListCursor of(NotificationRow row) {
    return new ListCursor(row.updatedAt(), row.id());
  }

  public String encode() {
    long micros = updatedAt.getEpochSecond() * 1_000_000L + updatedAt.getNano() / 1_000;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((micros + ":" + id).getBytes(StandardCharsets.UTF_8));
  }

  public static ListCursor decode(String cursor) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int colon = plain.indexOf(':');
      long micros = Long.parseLong(plain.substring(0, colon));
      return new ListCursor(
          Instant.EPOCH.plus(micros, java.time.temporal.ChronoUnit.MICROS),
          UUID.fromString(plain.substring(colon + 1)));
    } catch (RuntimeException e) {
      throw DomainException.badRequest(
          "notify.cursor-invalid", "before is not a cursor this list gave out.");
    }
  }
}
