package dev.atrium.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a mail program outside would make of a message Atrium sent: its headers, its text/html +
 * text/plain alternative and its attachments, read through Jakarta Mail as GreenMail received them.
 */
public final class OutsideMessage {

  private OutsideMessage() {}

  /** The subject, the sender, and a multipart/alternative of plain text and HTML both saying {@code text}. */
  public static void assertStandard(Part message, String subject, String from, String text)
      throws Exception {
    var mime = (MimeMessage) message;
    assertThat(mime.getSubject()).isEqualTo(subject);
    assertThat(mime.getFrom()[0].toString()).contains(from);
    assertThat(mime.getMessageID()).isNotBlank();
    Part alternative = parts(message).stream()
        .filter(p -> isType(p, "multipart/alternative"))
        .findFirst()
        .orElse(message);
    assertThat(alternative.getContentType()).startsWithIgnoringCase("multipart/alternative");
    var children = (Multipart) alternative.getContent();
    List<String> types = new ArrayList<>();
    for (int i = 0; i < children.getCount(); i++) {
      BodyPart child = children.getBodyPart(i);
      types.add(child.getContentType().toLowerCase(Locale.ROOT));
      assertThat(child.getContent().toString()).contains(text);
    }
    assertThat(types)
        .anyMatch(t -> t.startsWith("text/plain"))
        .anyMatch(t -> t.startsWith("text/html"));
  }

  /** An attachment whose file name, once decoded, is {@code name} and whose bytes are {@code content}. */
  public static void assertAttachment(Part message, String name, String content) throws Exception {
    List<String> names = new ArrayList<>();
    for (Part part : parts(message)) {
      if (part.getFileName() == null) {
        continue;
      }
      String decoded = MimeUtility.decodeText(part.getFileName());
      names.add(decoded);
      if (decoded.equals(name)) {
        assertThat(Part.ATTACHMENT).isEqualToIgnoringCase(part.getDisposition());
        assertThat(bytes(part.getInputStream())).isEqualTo(content);
        return;
      }
    }
    throw new AssertionError("no attachment named " + name + " among " + names);
  }

  /** The message and every part nested in it, depth first. */
  private static List<Part> parts(Part part) throws Exception {
    List<Part> all = new ArrayList<>(List.of(part));
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        all.addAll(parts(multipart.getBodyPart(i)));
      }
    }
    return all;
  }

  private static boolean isType(Part part, String type) {
    try {
      return part.isMimeType(type);
    } catch (MessagingException e) {
      throw new AssertionError(e);
    }
  }

  private static String bytes(InputStream in) throws Exception {
    try (in) {
      var out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toString(StandardCharsets.UTF_8);
    }
  }
}
