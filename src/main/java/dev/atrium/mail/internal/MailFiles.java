package dev.atrium.mail.internal;

import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Subject;
import dev.atrium.access.Viewer;
import dev.atrium.access.Visibility;
import dev.atrium.files.FileReadPolicy;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A file hung on a mail is readable by whoever reads a mailbox holding it; one hung on a draft by
 * whoever may send from the draft's mailbox.
 */
@Component
class MailFiles implements FileReadPolicy {

  private final JdbcClient jdbc;
  private final ResourceAccess access;

  MailFiles(JdbcClient jdbc, ResourceAccess access) {
    this.jdbc = jdbc;
    this.access = access;
  }

  @Override
  public String ownerKind() {
    return MailStore.FILE_OWNER;
  }

  @Override
  public boolean mayRead(Subject subject, UUID ownerId) {
    Viewer viewer = access.viewer(subject);
    return viewer
        .bind(jdbc.sql("select exists (select 1 from mail.message m where m.content_id = :id and "
                + Visibility.rank(MailResources.MAILBOX, "m.mailbox_id") + " >= 1)"
                + " or exists (select 1 from mail.draft d where d.id = :id and "
                + Visibility.rank(MailResources.MAILBOX, "d.mailbox_id") + " >= 2)")
            .param("id", ownerId))
        .query(Boolean.class)
        .single();
  }
}
