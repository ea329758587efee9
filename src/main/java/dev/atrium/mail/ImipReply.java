package dev.atrium.mail;

import dev.atrium.mail.internal.IcsInvite;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The METHOD:REPLY an attendee sends the organiser (RFC 5546 §3.2.3), with their PARTSTAT. */
final class ImipReply {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private ImipReply() {}

  static String write(IcsInvite invite, String attendee, String partstat, Instant now) {
    var out = new StringBuilder()
        .append("BEGIN:VCALENDAR\r\n")
        .append("PRODID:-//Atrium//Mail//EN\r\n")
        .append("VERSION:2.0\r\n")
        .append("METHOD:REPLY\r\n")
        .append("BEGIN:VEVENT\r\n")
        .append("UID:")
        .append(text(invite.uid()))
        .append("\r\n")
        .append("DTSTAMP:")
        .append(UTC.format(now))
        .append("\r\n");
    if (invite.start() != null) {
      out.append("DTSTART:").append(UTC.format(invite.start())).append("\r\n");
    }
    if (invite.end() != null) {
      out.append("DTEND:").append(UTC.format(invite.end())).append("\r\n");
    }
    return out.append("SUMMARY:")
        .append(text(invite.summary()))
        .append("\r\n")
        .append("ORGANIZER:mailto:")
        .append(text(invite.organizer()))
        .append("\r\n")
        .append("ATTENDEE;PARTSTAT=")
        .append(partstat)
        .append(":mailto:")
        .append(text(attendee))
        .append("\r\n")
        .append("END:VEVENT\r\n")
        .append("END:VCALENDAR\r\n")
        .toString();
  }

  static String subject(String partstat) {
    return switch (partstat) {
      case "ACCEPTED" -> "Accepted: ";
      case "TENTATIVE" -> "Tentative: ";
      default -> "Declined: ";
    };
  }

  /** RFC 5545 TEXT: backslash, comma, semicolon and line breaks escaped, so no property is added. */
  private static String text(String value) {
    return value
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replaceAll("\r?\n|\r", "\\\\n");
  }
}
