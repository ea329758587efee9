package dev.atrium.mail.internal.mime;

import dev.atrium.mail.internal.MailAddress;
import dev.atrium.mail.internal.ParsedMail;
import dev.atrium.mail.internal.ParsedMail.ParsedAttachment;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/**
 * Reads a raw RFC 5322 message into a {@link ParsedMail} with Angus Mail. Never throws: what cannot
 * be read is named in {@code parseProblem} and the fields keep whatever was read before it (the
 * caller keeps the raw bytes in any case).
 */
public final class MimeParser {

  /** Deeper nesting than this is an attack or a loop, not a mail. */
  private static final int MAX_DEPTH = 30;

  private static final Session SESSION = session();

  private MimeParser() {}

  public static ParsedMail parse(byte[] raw, Instant receivedAt) {
    var read = new Reading(raw, receivedAt);
    try {
      var message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
      read.headers(message);
      read.walk(message, 0);
    } catch (MessagingException | IOException | RuntimeException | StackOverflowError e) {
      read.problem = describe(e);
    }
    return read.result();
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static Session session() {
    var properties = new Properties();
    // names are decoded here, so that GB labels are widened first (MailCharsets)
    properties.setProperty("mail.mime.decodefilename", "false");
    properties.setProperty("mail.mime.decodeparameters", "true");
    properties.setProperty("mail.mime.parameters.strict", "false");
    properties.setProperty("mail.mime.address.strict", "false");
    properties.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
    properties.setProperty("mail.mime.multipart.allowempty", "true");
    return Session.getInstance(properties);
  }

  /** What has been read so far of one message. */
  private static final class Reading {
    private final byte[] raw;
    private final Instant receivedAt;
    private Charset headerFallback = StandardCharsets.UTF_8;
    private String messageId = "";
    private @Nullable String inReplyTo;
    private List<String> references = List.of();
    private String subject = "";
    private MailAddress from = new MailAddress("", "");
    private List<MailAddress> to = List.of();
    private List<MailAddress> cc = List.of();
    private List<MailAddress> replyTo = List.of();
    private @Nullable Instant sentAt;
    private @Nullable String html;
    private @Nullable String text;
    private final List<ParsedAttachment> attachments = new ArrayList<>();
    private @Nullable String problem;

    Reading(byte[] raw, Instant receivedAt) {
      this.raw = raw;
      this.receivedAt = receivedAt;
    }

    void headers(MimeMessage message) throws MessagingException {
      headerFallback = charsetOf(message);
      messageId = MessageIds.first(header(message, "Message-ID"));
      String replyId = MessageIds.first(header(message, "In-Reply-To"));
      inReplyTo = replyId.isEmpty() ? null : replyId;
      references = MessageIds.all(header(message, "References"));
      subject = decoded(header(message, "Subject"));
      List<MailAddress> senders = addresses(message, "From");
      from = senders.isEmpty() ? from : senders.getFirst();
      to = addresses(message, "To");
      cc = addresses(message, "Cc");
      replyTo = addresses(message, "Reply-To");
      try {
        var date = message.getSentDate();
        sentAt = date == null ? null : date.toInstant();
      } catch (MessagingException unreadableDate) {
        sentAt = null;
      }
    }

    void walk(Part part, int depth) throws MessagingException, IOException {
      if (depth > MAX_DEPTH) {
        throw new MessagingException("MIME parts nested deeper than " + MAX_DEPTH);
      }
      if (part.isMimeType("multipart/*")) {
        if (part.getContent() instanceof Multipart multipart) {
          for (int i = 0; i < multipart.getCount(); i++) {
            walk(multipart.getBodyPart(i), depth + 1);
          }
        }
        return;
      }
      String disposition = part.getDisposition();
      boolean attached = Part.ATTACHMENT.equalsIgnoreCase(disposition);
      if (!attached && part.isMimeType("text/plain") && text == null) {
        text = text(part);
      } else if (!attached && part.isMimeType("text/html") && html == null) {
        html = text(part);
      } else {
        attachments.add(attachment(part, attached));
      }
    }

    private ParsedAttachment attachment(Part part, boolean attached)
        throws MessagingException, IOException {
      String type = baseType(part);
      String contentId = part instanceof MimePart mime ? MessageIds.first(mime.getContentID()) : "";
      String name = fileName(part);
      if (name.isBlank()) {
        name = part.isMimeType("message/rfc822")
            ? "message.eml"
            : "attachment-" + (attachments.size() + 1) + extension(type);
      }
      byte[] data;
      try (var in = part.getInputStream()) {
        data = in.readAllBytes();
      }
      boolean inline = !contentId.isEmpty() && !attached;
      return new ParsedAttachment(name, type, contentId.isEmpty() ? null : contentId, inline, data);
    }

    private String fileName(Part part) throws MessagingException {
      String name = part.getFileName();
      return name == null
          ? ""
          : decoded(name).replaceAll("[\\p{Cntrl}/\\\\]", "_").strip();
    }

    private String text(Part part) throws MessagingException, IOException {
      byte[] bytes;
      try (var in = part.getInputStream()) {
        bytes = in.readAllBytes();
      }
      String label = new ContentType(part.getContentType()).getParameter("charset");
      if (label == null) {
        return MailCharsets.rawHeader(
            new String(bytes, StandardCharsets.ISO_8859_1), headerFallback);
      }
      return new String(bytes, MailCharsets.forLabel(label));
    }

    private List<MailAddress> addresses(MimeMessage message, String name) {
      String value = header(message, name);
      if (value.isBlank()) {
        return List.of();
      }
      List<MailAddress> found = new ArrayList<>();
      try {
        String widened = MailCharsets.widenEncodedWords(
            MailCharsets.rawHeader(MimeUtility.unfold(value), headerFallback));
        for (Address address : InternetAddress.parseHeader(widened, false)) {
          if (address instanceof InternetAddress internet && internet.getAddress() != null) {
            String personal = internet.getPersonal();
            found.add(new MailAddress(
                internet.getAddress().toLowerCase(Locale.ROOT).strip(),
                personal == null ? "" : personal.strip()));
          }
        }
      } catch (MessagingException unreadable) {
        problem = problem == null ? "Unreadable " + name + " header: " + value : problem;
      }
      return found;
    }

    private String decoded(String value) {
      String text = MailCharsets.widenEncodedWords(
          MailCharsets.rawHeader(MimeUtility.unfold(value), headerFallback));
      try {
        return MimeUtility.decodeText(text).strip();
      } catch (UnsupportedEncodingException unknownCharset) {
        return text.strip();
      }
    }

    ParsedMail result() {
      String safeHtml = null;
      boolean remoteImages = false;
      if (html != null) {
        var sanitised = HtmlSanitiser.sanitise(html);
        safeHtml = sanitised.html();
        remoteImages = sanitised.remoteImages();
      }
      String plain =
          text != null ? text : safeHtml != null ? Jsoup.parse(safeHtml).text() : "";
      return new ParsedMail(
          messageId.isEmpty() ? generatedId() : messageId,
          inReplyTo,
          references,
          subject,
          from,
          to,
          cc,
          replyTo,
          sentAt == null ? receivedAt : sentAt,
          safeHtml,
          plain,
          remoteImages,
          List.copyOf(attachments),
          problem,
          raw.length);
    }

    /** A mail without a Message-ID gets one derived from its bytes, so a redelivery matches it. */
    private String generatedId() {
      try {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw);
        return HexFormat.of().formatHex(digest, 0, 16) + "@atrium.invalid";
      } catch (NoSuchAlgorithmException impossible) {
        throw new IllegalStateException(impossible);
      }
    }
  }

  private static String header(MimeMessage message, String name) {
    try {
      String value = message.getHeader(name, ",");
      return value == null ? "" : value;
    } catch (MessagingException unreadable) {
      return "";
    }
  }

  private static Charset charsetOf(MimeMessage message) {
    try {
      String type = message.getContentType();
      String label = type == null ? null : new ContentType(type).getParameter("charset");
      return label == null ? StandardCharsets.UTF_8 : MailCharsets.forLabel(label);
    } catch (MessagingException unreadable) {
      return StandardCharsets.UTF_8;
    }
  }

  private static String baseType(Part part) {
    try {
      return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
    } catch (MessagingException | RuntimeException unreadable) {
      return "application/octet-stream";
    }
  }

  private static String extension(String type) {
    return switch (type) {
      case "image/png" -> ".png";
      case "image/jpeg" -> ".jpg";
      case "image/gif" -> ".gif";
      case "text/plain" -> ".txt";
      case "text/html" -> ".html";
      case "text/calendar" -> ".ics";
      case "application/pdf" -> ".pdf";
      default -> ".bin";
    };
  }
}
