package dev.atrium.mail.internal;

import dev.atrium.shared.data.Timestamps;
import dev.atrium.shared.data.UuidArrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Reads and writes {@code mail.draft}. */
@Repository
public class DraftsTable {

  private static final TypeReference<List<MailAddress>> ADDRESSES = new TypeReference<>() {};

  private static final String COLUMNS = """
      select id, mailbox_id, author_id, version, subject, to_list, cc_list, bcc_list, body,
        attachment_ids, reply_to_message_id, forward_of_message_id, updated_at from mail.draft
      """;

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  DraftsTable(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public List<DraftRow> inMailbox(UUID mailboxId) {
    return jdbc.sql(COLUMNS + " where mailbox_id = ? order by updated_at desc, id")
        .param(mailboxId)
        .query(this::row)
        .list();
  }

  public Optional<DraftRow> find(UUID id) {
    return jdbc.sql(COLUMNS + " where id = ?").param(id).query(this::row).optional();
  }

  /** Locks the draft until commit, so a save, a send and a delete never interleave. */
  public Optional<DraftRow> lock(UUID id) {
    return jdbc.sql(COLUMNS + " where id = ? for update")
        .param(id)
        .query(this::row)
        .optional();
  }

  public void insert(DraftRow draft, Instant at) {
    jdbc.sql("""
        insert into mail.draft (id, mailbox_id, author_id, version, subject, to_list, cc_list,
          bcc_list, body, attachment_ids, reply_to_message_id, forward_of_message_id, created_at,
          updated_at)
        values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), cast(? as jsonb),
          cast(? as uuid[]), ?, ?, ?, ?)
        """)
        .params(
            draft.id(),
            draft.mailboxId(),
            draft.authorId(),
            draft.version(),
            draft.subject(),
            json.writeValueAsString(draft.to()),
            json.writeValueAsString(draft.cc()),
            json.writeValueAsString(draft.bcc()),
            draft.body() == null ? null : json.writeValueAsString(draft.body()),
            UuidArrays.literal(draft.attachmentIds()),
            draft.replyToMessageId(),
            draft.forwardOfMessageId(),
            Timestamps.at(at),
            Timestamps.at(at))
        .update();
  }

  public void update(DraftRow draft, Instant at) {
    jdbc.sql("""
        update mail.draft set version = ?, subject = ?, to_list = cast(? as jsonb),
          cc_list = cast(? as jsonb), bcc_list = cast(? as jsonb), body = cast(? as jsonb),
          attachment_ids = cast(? as uuid[]), updated_at = ? where id = ?
        """)
        .params(
            draft.version(),
            draft.subject(),
            json.writeValueAsString(draft.to()),
            json.writeValueAsString(draft.cc()),
            json.writeValueAsString(draft.bcc()),
            draft.body() == null ? null : json.writeValueAsString(draft.body()),
            UuidArrays.literal(draft.attachmentIds()),
            Timestamps.at(at),
            draft.id())
        .update();
  }

  public void delete(UUID id) {
    jdbc.sql("delete from mail.draft where id = ?").param(id).update();
  }

  /** A draft as stored; {@code body} is TipTap JSON. */
  public record DraftRow(
      UUID id,
      UUID mailboxId,
      UUID authorId,
      int version,
      String subject,
      List<MailAddress> to,
      List<MailAddress> cc,
      List<MailAddress> bcc,
      @Nullable JsonNode body,
      List<UUID> attachmentIds,
      @Nullable UUID replyToMessageId,
      @Nullable UUID forwardOfMessageId,
      Instant updatedAt) {}

  private DraftRow row(ResultSet rs, int n) throws SQLException {
    String body = rs.getString("body");
    return new DraftRow(
        rs.getObject("id", UUID.class),
        rs.getObject("mailbox_id", UUID.class),
        rs.getObject("author_id", UUID.class),
        rs.getInt("version"),
        rs.getString("subject"),
        json.readValue(rs.getString("to_list"), ADDRESSES),
        json.readValue(rs.getString("cc_list"), ADDRESSES),
        json.readValue(rs.getString("bcc_list"), ADDRESSES),
        body == null ? null : json.readTree(body),
        UuidArrays.of(rs.getArray("attachment_ids")),
        rs.getObject("reply_to_message_id", UUID.class),
        rs.getObject("forward_of_message_id", UUID.class),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant());
  }
}
