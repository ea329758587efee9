package dev.atrium.mail.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invitations that came by mail, kept with their content, and each mailbox's answer. */
@Repository
public class InvitationsTable {

  /** An invitation as a message of a mailbox holds it, with the file that came. */
  public record InvitationRow(
      IcsInvite invite, byte[] ics, @Nullable String answer) {}

  private final JdbcClient jdbc;

  InvitationsTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void keep(UUID contentId, IcsInvite invite, byte[] ics) {
    jdbc.sql("insert into mail.invitation (content_id, method, uid, summary, starts_at, ends_at,"
            + " organizer, ics) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            contentId,
            invite.method(),
            invite.uid(),
            invite.summary(),
            timestamp(invite.start()),
            timestamp(invite.end()),
            invite.organizer(),
            ics)
        .update();
  }

  public Optional<InvitationRow> of(UUID contentId, UUID messageId) {
    return jdbc.sql("select i.*, a.answer from mail.invitation i left join mail.invitation_answer a"
            + " on a.message_id = ? where i.content_id = ?")
        .params(messageId, contentId)
        .query((rs, n) -> new InvitationRow(
            new IcsInvite(
                rs.getString("method"),
                rs.getString("uid"),
                rs.getString("summary"),
                instant(rs.getTimestamp("starts_at")),
                instant(rs.getTimestamp("ends_at")),
                rs.getString("organizer")),
            rs.getBytes("ics"),
            rs.getString("answer")))
        .optional();
  }

  public void answer(UUID messageId, String answer, Instant at) {
    jdbc.sql("insert into mail.invitation_answer (message_id, answer, answered_at) values (?, ?, ?)"
            + " on conflict (message_id) do update set answer = excluded.answer,"
            + " answered_at = excluded.answered_at")
        .params(messageId, answer, Timestamp.from(at))
        .update();
  }

  private static @Nullable Timestamp timestamp(@Nullable Instant at) {
    return at == null ? null : Timestamp.from(at);
  }

  private static @Nullable Instant instant(@Nullable Timestamp at) {
    return at == null ? null : at.toInstant();
  }
}
