package dev.atrium.mail.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a mail says, as {@code mail.content} keeps it once for every mailbox holding it: from
 * outside (a {@link ParsedMail} and the bridge's checks) or written in Atrium (a sent draft).
 */
public record StoredMail(
    UUID id,
    String messageId,
    @Nullable String inReplyTo,
    List<String> references,
    String subject,
    MailAddress from,
    List<MailAddress> to,
    List<MailAddress> cc,
    List<MailAddress> bcc,
    List<MailAddress> replyTo,
    Instant sentAt,
    @Nullable String html,
    String text,
    boolean remoteImages,
    @Nullable String parseProblem,
    boolean external,
    boolean spoofedInternal,
    @Nullable String spf,
    @Nullable UUID inboundId,
    long size) {

  /** The mails this one answers, nearest first: what threading looks for. */
  public List<String> ancestors() {
    java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
    if (inReplyTo != null) {
      ids.add(inReplyTo);
    }
    ids.addAll(references.reversed());
    return List.copyOf(ids);
  }

  /** The first 300 characters of the text, on one line. */
  public String snippet() {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= 300 ? line : line.substring(0, 300);
  }
}
