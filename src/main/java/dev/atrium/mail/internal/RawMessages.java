package dev.atrium.mail.internal;

import dev.atrium.mail.internal.ThreadsTable.MessageRow;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A message as an .eml file: byte for byte as it came over SMTP, or, for mail written in Atrium,
 * its headers and text as a standard message (attachments are downloaded apart).
 */
@Component
public class RawMessages {

  private final ThreadsTable threads;

  RawMessages(ThreadsTable threads) {
    this.threads = threads;
  }

  public byte[] of(MessageRow message) {
    if (message.inboundId() != null) {
      var raw = threads.inboundRaw(message.inboundId());
      if (raw.isPresent()) {
        return raw.get();
      }
    }
    StringBuilder eml = new StringBuilder();
    header(eml, "Message-ID", "<" + message.messageId() + ">");
    header(
        eml,
        "Date",
        DateTimeFormatter.RFC_1123_DATE_TIME.format(message.sentAt().atOffset(ZoneOffset.UTC)));
    header(eml, "From", addresses(List.of(message.from())));
    if (!message.to().isEmpty()) {
      header(eml, "To", addresses(message.to()));
    }
    if (!message.cc().isEmpty()) {
      header(eml, "Cc", addresses(message.cc()));
    }
    if (!message.references().isEmpty()) {
      header(
          eml,
          "References",
          message.references().stream().map(r -> "<" + r + ">").collect(Collectors.joining(" ")));
    }
    header(eml, "Subject", encoded(message.subject()));
    header(eml, "MIME-Version", "1.0");
    header(eml, "Content-Type", "text/plain; charset=UTF-8");
    header(eml, "Content-Transfer-Encoding", "base64");
    eml.append("\r\n");
    eml.append(
        Base64.getMimeEncoder().encodeToString(message.text().getBytes(StandardCharsets.UTF_8)));
    eml.append("\r\n");
    return eml.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static void header(StringBuilder eml, String name, String value) {
    eml.append(name).append(": ").append(value).append("\r\n");
  }

  private static String addresses(List<MailAddress> addresses) {
    return addresses.stream()
        .map(a -> a.name().isBlank() ? a.address() : encoded(a.name()) + " <" + a.address() + ">")
        .collect(Collectors.joining(", "));
  }

  /** RFC 2047 for anything beyond ASCII, so Chinese names and subjects survive any reader. */
  private static String encoded(String text) {
    if (text.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      return text;
    }
    return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))
        + "?=";
  }
}
