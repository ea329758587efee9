package dev.atrium.mail.internal;

import dev.atrium.shared.data.Timestamps;
import dev.atrium.shared.data.UuidArrays;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes {@code mail.content} once per mail and {@code mail.message} once per mailbox holding it,
 * each a single statement however many mailboxes: a list of thousands is one insert.
 */
@Repository
public class MailMessagesTable {

  /** How far back a reply without references looks for its conversation by subject. */
  private static final Duration SUBJECT_WINDOW = Duration.ofDays(60);

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  MailMessagesTable(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public void insertContent(StoredMail mail, Instant at) {
    jdbc.sql("""
        insert into mail.content (id, message_id, in_reply_to, refs, subject, thread_subject,
          from_address, from_name, to_list, cc_list, bcc_list, reply_to, sent_at, body_html, body_text,
          snippet, has_remote_images, parse_problem, external, spoofed_internal, spf, inbound_id,
          size_bytes, created_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb),
          cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
        .params(
            mail.id(),
            mail.messageId(),
            mail.inReplyTo(),
            mail.references().toArray(String[]::new),
            mail.subject(),
            Subjects.threadKey(mail.subject()),
            mail.from().address(),
            mail.from().name(),
            json.writeValueAsString(mail.to()),
            json.writeValueAsString(mail.cc()),
            json.writeValueAsString(mail.bcc()),
            json.writeValueAsString(mail.replyTo()),
            Timestamps.at(mail.sentAt()),
            mail.html(),
            mail.text(),
            mail.snippet(),
            mail.remoteImages(),
            mail.parseProblem(),
            mail.external(),
            mail.spoofedInternal(),
            mail.spf(),
            mail.inboundId(),
            mail.size(),
            Timestamps.at(at))
        .update();
  }

  public void insertAttachment(UUID contentId, int position, MailAttachmentRow attachment) {
    jdbc.sql("""
        insert into mail.attachment (content_id, position, file_id, name, content_type, size_bytes,
          inline_cid) values (?, ?, ?, ?, ?, ?, ?)
        """)
        .params(
            contentId,
            position,
            attachment.fileId(),
            attachment.name(),
            attachment.contentType(),
            attachment.size(),
            attachment.inlineCid())
        .update();
  }

  /**
   * The conversation each mailbox already has for this mail: the one holding a mail it answers
   * (In-Reply-To, References), else, for a subject saying "Re:", the latest recent one of the same
   * subject. Mailboxes with neither are left out: the mail starts a conversation there.
   */
  public Map<UUID, UUID> threads(Collection<UUID> mailboxIds, StoredMail mail, Instant now) {
    Map<UUID, UUID> found = new HashMap<>();
    if (!mail.ancestors().isEmpty()) {
      jdbc.sql("""
          select distinct on (m.mailbox_id) m.mailbox_id, m.thread_id
          from mail.content c join mail.message m on m.content_id = c.id
          where c.message_id = any(?) and m.mailbox_id = any(cast(? as uuid[]))
          order by m.mailbox_id, m.received_at desc
          """)
          .params(mail.ancestors().toArray(String[]::new), UuidArrays.literal(mailboxIds))
          .query((rs, n) -> found.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
          .list();
    }
    String key = Subjects.threadKey(mail.subject());
    List<UUID> rest = mailboxIds.stream().filter(id -> !found.containsKey(id)).toList();
    if (Subjects.isReply(mail.subject()) && !key.isEmpty() && !rest.isEmpty()) {
      jdbc.sql("""
          select distinct on (m.mailbox_id) m.mailbox_id, m.thread_id
          from mail.content c join mail.message m on m.content_id = c.id
          where c.thread_subject = ? and m.mailbox_id = any(cast(? as uuid[])) and m.received_at > ?
          order by m.mailbox_id, m.received_at desc
          """)
          .params(key, UuidArrays.literal(rest), Timestamps.at(now.minus(SUBJECT_WINDOW)))
          .query((rs, n) -> found.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
          .list();
    }
    return found;
  }

  /**
   * Files the content in each mailbox's folder and thread (parallel lists), unseen unless
   * {@code outgoing}; a mailbox holding it already is left as it is. Returns the new message ids by
   * mailbox.
   */
  public Map<UUID, UUID> insertMessages(
      UUID contentId,
      List<UUID> mailboxIds,
      List<UUID> folderIds,
      List<UUID> threadIds,
      boolean outgoing,
      Instant at) {
    Map<UUID, UUID> made = new HashMap<>();
    jdbc.sql("""
        insert into mail.message (id, mailbox_id, content_id, folder_id, thread_id, outgoing, seen,
          received_at)
        select gen_random_uuid(), b, ?, f, t, ?, ?, ?
        from unnest(cast(? as uuid[]), cast(? as uuid[]), cast(? as uuid[])) u(b, f, t)
        on conflict (mailbox_id, content_id) do nothing
        returning mailbox_id, id
        """)
        .params(
            contentId,
            outgoing,
            outgoing,
            Timestamps.at(at),
            UuidArrays.literal(mailboxIds),
            UuidArrays.literal(folderIds),
            UuidArrays.literal(threadIds))
        .query((rs, n) -> made.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
        .list();
    return made;
  }

  public java.util.Optional<String> messageIdOf(UUID contentId) {
    return jdbc.sql("select message_id from mail.content where id = ?")
        .param(contentId)
        .query(String.class)
        .optional();
  }

  public java.util.Optional<String> subjectOf(UUID contentId) {
    return jdbc.sql("select subject from mail.content where id = ?")
        .param(contentId)
        .query(String.class)
        .optional();
  }

  /** An attachment as {@code mail.attachment} keeps it. */
  public record MailAttachmentRow(
      UUID fileId,
      String name,
      String contentType,
      long size,
      @org.jspecify.annotations.Nullable String inlineCid) {}
}
