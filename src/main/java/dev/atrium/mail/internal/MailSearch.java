package dev.atrium.mail.internal;

import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Subject;
import dev.atrium.search.IndexingListener;
import dev.atrium.search.SearchDocument;
import dev.atrium.search.SearchIndex;
import dev.atrium.search.SearchSource;
import dev.atrium.shared.data.UuidArrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Mail's part of the search: each message in each mailbox, found by subject, sender and text,
 * carrying its mailbox's key ({@code mail:<mailbox>}), which only the mailbox's readers hold (asked
 * of access on every search, so a member taken off a shared mailbox stops finding its mail at
 * once). Administrators hold no key: they do not read people's mail.
 */
@Component
class MailSearch implements SearchSource {

  static final String KIND = "mail.message";
  private static final int BATCH = 1000;

  private static final String ROWS = """
      select m.id, m.mailbox_id, m.thread_id, m.received_at, c.subject, c.from_address, c.from_name,
        c.body_text, c.to_list::text as recipients,
        exists (select 1 from mail.attachment a where a.content_id = c.id) as has_file
      from mail.message m join mail.content c on c.id = m.content_id
      """;

  private final JdbcClient jdbc;
  private final MailboxesTable mailboxes;
  private final ResourceAccess access;
  private final SearchIndex index;

  MailSearch(JdbcClient jdbc, MailboxesTable mailboxes, ResourceAccess access, SearchIndex index) {
    this.jdbc = jdbc;
    this.mailboxes = mailboxes;
    this.access = access;
    this.index = index;
  }

  @Override
  public Set<String> kinds() {
    return Set.of(KIND);
  }

  @Override
  public long count() {
    return jdbc.sql("select count(*) from mail.message").query(Long.class).single();
  }

  @Override
  public void each(Consumer<SearchDocument> sink) {
    UUID after = new UUID(0, 0);
    for (List<SearchDocument> batch = after(after); !batch.isEmpty(); batch = after(after)) {
      batch.forEach(sink);
      after = batch.getLast().id();
    }
  }

  @Override
  public Set<String> accessKeys(Subject subject) {
    Set<String> keys = new HashSet<>();
    mailboxes.listed(access.viewer(subject)).forEach(box -> keys.add(key(box.id())));
    return keys;
  }

  /** Writes what the database holds now for these messages; deleted ones leave the index. */
  @IndexingListener
  void on(MessagesFiled event) {
    index.refresh(KIND, event.messageIds(), this::documents);
  }

  private List<SearchDocument> documents(Collection<UUID> ids) {
    return jdbc.sql(ROWS + " where m.id = any(cast(? as uuid[]))")
        .param(UuidArrays.literal(ids))
        .query(MailSearch::document)
        .list();
  }

  private List<SearchDocument> after(UUID after) {
    return jdbc.sql(ROWS + " where m.id > ? order by m.id limit ?")
        .params(after, BATCH)
        .query(MailSearch::document)
        .list();
  }

  private static SearchDocument document(ResultSet rs, int n) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    UUID mailbox = rs.getObject("mailbox_id", UUID.class);
    String from = (rs.getString("from_name") + " " + rs.getString("from_address")).strip();
    return new SearchDocument(
        KIND,
        id,
        rs.getString("subject"),
        from + "\n" + rs.getString("body_text"),
        mailbox,
        null,
        rs.getObject("received_at", OffsetDateTime.class).toInstant(),
        Set.of(key(mailbox)),
        rs.getBoolean("has_file") ? Set.of("file") : Set.of(),
        "/mail/" + mailbox + "/threads/" + rs.getObject("thread_id", UUID.class) + "?message=" + id,
        rs.getString("recipients"));
  }

  static String key(UUID mailboxId) {
    return "mail:" + mailboxId;
  }
}
