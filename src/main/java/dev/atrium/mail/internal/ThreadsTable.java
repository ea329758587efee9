package dev.atrium.mail.internal;

import dev.atrium.mail.internal.MailMessagesTable.MailAttachmentRow;
import dev.atrium.shared.data.Timestamps;
import dev.atrium.shared.data.UuidArrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Reads conversations: a folder's page of threads, a thread's messages, one message. */
@Repository
public class ThreadsTable {

  /**
   * How many of a folder's newest messages one page looks at for its threads: a page of 50 threads
   * is found in the index's first rows, never by grouping a 100,000-message folder.
   */
  private static final int WINDOW = 1000;

  private static final String MESSAGE = """
      select m.id, m.mailbox_id, m.content_id, m.folder_id, m.thread_id, m.outgoing, m.seen,
        m.starred, m.label_ids, m.remote_images_allowed, m.received_at, m.previous_folder_id,
        c.subject, c.from_address, c.from_name, c.to_list, c.cc_list, c.bcc_list, c.reply_to,
        c.sent_at, c.body_html, c.body_text, c.snippet, c.has_remote_images, c.parse_problem,
        c.external, c.spoofed_internal, c.message_id, c.refs, c.inbound_id,
        exists (select 1 from mail.attachment a where a.content_id = c.id and a.inline_cid is null)
          as has_attachments
      from mail.message m join mail.content c on c.id = m.content_id
      """;

  private static final TypeReference<List<MailAddress>> ADDRESSES = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  ThreadsTable(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * The threads of the folder whose newest message there is before ({@code beforeAt},
   * {@code beforeThread}), newest first: ({@code limit}) thread ids with that time. A thread whose
   * newest message lies outside the window is found on a later page, where the window has moved.
   */
  public List<ThreadHead> page(
      UUID mailboxId, UUID folderId, Instant beforeAt, UUID beforeThread, int limit) {
    return jdbc.sql("""
        with w as (
          select distinct thread_id from (
            select thread_id from mail.message where folder_id = :folder and received_at <= :at
            order by received_at desc, id desc limit :window) c
        ), l as (
          select w.thread_id, (select max(m.received_at) from mail.message m
            where m.mailbox_id = :mailbox and m.thread_id = w.thread_id and m.folder_id = :folder)
            as last_at
          from w
        )
        select thread_id, last_at from l where (last_at, thread_id) < (:at, :thread)
        order by last_at desc, thread_id desc limit :limit
        """)
        .param("folder", folderId)
        .param("mailbox", mailboxId)
        .param("at", Timestamps.at(beforeAt))
        .param("thread", beforeThread)
        .param("window", WINDOW)
        .param("limit", limit)
        .query((rs, n) -> new ThreadHead(
            rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class).toInstant()))
        .list();
  }

  /** The messages of these threads in the folder, oldest first. */
  public List<MessageRow> inFolder(UUID mailboxId, UUID folderId, Collection<UUID> threadIds) {
    return jdbc.sql(MESSAGE + " where m.mailbox_id = ? and m.folder_id = ?"
            + " and m.thread_id = any(cast(? as uuid[])) order by m.received_at, m.id")
        .params(mailboxId, folderId, UuidArrays.literal(threadIds))
        .query(this::row)
        .list();
  }

  /** A thread's messages in the mailbox, oldest first. */
  public List<MessageRow> thread(UUID mailboxId, UUID threadId) {
    return jdbc.sql(MESSAGE + " where m.mailbox_id = ? and m.thread_id = ?"
            + " order by m.received_at, m.id")
        .params(mailboxId, threadId)
        .query(this::row)
        .list();
  }

  public Optional<MessageRow> message(UUID id) {
    return jdbc.sql(MESSAGE + " where m.id = ?").param(id).query(this::row).optional();
  }

  /** These messages, when all are in the mailbox; fewer when some are not. */
  public List<MessageRow> messages(UUID mailboxId, Collection<UUID> ids) {
    return jdbc.sql(MESSAGE + " where m.mailbox_id = ? and m.id = any(cast(? as uuid[]))")
        .params(mailboxId, UuidArrays.literal(ids))
        .query(this::row)
        .list();
  }

  public List<MailAttachmentRow> attachments(UUID contentId) {
    return jdbc.sql("select file_id, name, content_type, size_bytes, inline_cid"
            + " from mail.attachment where content_id = ? order by position")
        .param(contentId)
        .query((rs, n) -> new MailAttachmentRow(
            rs.getObject(1, UUID.class),
            rs.getString(2),
            rs.getString(3),
            rs.getLong(4),
            rs.getString(5)))
        .list();
  }

  /** The raw message as received over SMTP. */
  public Optional<byte[]> inboundRaw(UUID inboundId) {
    return jdbc.sql("select raw from mail.inbound where id = ?")
        .param(inboundId)
        .query(byte[].class)
        .optional();
  }

  /** A thread's position in a folder: its id and its newest message there. */
  public record ThreadHead(UUID threadId, Instant lastAt) {}

  /** One message in one mailbox, with what its content says. */
  public record MessageRow(
      UUID id,
      UUID mailboxId,
      UUID contentId,
      UUID folderId,
      UUID threadId,
      boolean outgoing,
      boolean seen,
      boolean starred,
      List<UUID> labelIds,
      boolean remoteImagesAllowed,
      Instant receivedAt,
      @Nullable UUID previousFolderId,
      String subject,
      MailAddress from,
      List<MailAddress> to,
      List<MailAddress> cc,
      List<MailAddress> bcc,
      List<MailAddress> replyTo,
      Instant sentAt,
      @Nullable String html,
      String text,
      String snippet,
      boolean remoteImages,
      @Nullable String parseProblem,
      boolean external,
      boolean spoofedInternal,
      String messageId,
      List<String> references,
      @Nullable UUID inboundId,
      boolean hasAttachments) {}

  private MessageRow row(ResultSet rs, int n) throws SQLException {
    java.sql.Array refs = rs.getArray("refs");
    return new MessageRow(
        rs.getObject("id", UUID.class),
        rs.getObject("mailbox_id", UUID.class),
        rs.getObject("content_id", UUID.class),
        rs.getObject("folder_id", UUID.class),
        rs.getObject("thread_id", UUID.class),
        rs.getBoolean("outgoing"),
        rs.getBoolean("seen"),
        rs.getBoolean("starred"),
        UuidArrays.of(rs.getArray("label_ids")),
        rs.getBoolean("remote_images_allowed"),
        rs.getObject("received_at", OffsetDateTime.class).toInstant(),
        rs.getObject("previous_folder_id", UUID.class),
        rs.getString("subject"),
        new MailAddress(rs.getString("from_address"), rs.getString("from_name")),
        addresses(rs.getString("to_list")),
        addresses(rs.getString("cc_list")),
        addresses(rs.getString("bcc_list")),
        addresses(rs.getString("reply_to")),
        rs.getObject("sent_at", OffsetDateTime.class).toInstant(),
        rs.getString("body_html"),
        rs.getString("body_text"),
        rs.getString("snippet"),
        rs.getBoolean("has_remote_images"),
        rs.getString("parse_problem"),
        rs.getBoolean("external"),
        rs.getBoolean("spoofed_internal"),
        rs.getString("message_id"),
        refs == null ? List.of() : List.of((String[]) refs.getArray()),
        rs.getObject("inbound_id", UUID.class),
        rs.getBoolean("has_attachments"));
  }

  private List<MailAddress> addresses(String list) {
    return json.readValue(list, ADDRESSES);
  }
}
