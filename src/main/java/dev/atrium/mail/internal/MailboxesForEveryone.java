package dev.atrium.mail.internal;

import dev.atrium.access.Grantee;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.OrgImported;
import dev.atrium.org.PersonCreated;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Everyone is reachable by mail from the day they join: a newcomer's personal mailbox (and so their
 * address) is made when org creates them, an import's newcomers in a few set-based statements, and
 * at start the mailboxes still missing for active people (those who joined before mail existed).
 * Without this, contacts completion would leave out whoever had never opened mail.
 */
@Component
class MailboxesForEveryone implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(MailboxesForEveryone.class);

  /** People per transaction at start: each batch is a handful of statements whatever its size. */
  static final int BATCH = 500;

  private final PersonalMailboxes personal;
  private final MailboxesTable mailboxes;
  private final OrgDirectory directory;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  MailboxesForEveryone(
      PersonalMailboxes personal,
      MailboxesTable mailboxes,
      OrgDirectory directory,
      JdbcClient jdbc,
      PlatformTransactionManager transactions) {
    this.personal = personal;
    this.mailboxes = mailboxes;
    this.directory = directory;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
  }

  @ApplicationModuleListener(condition = "!#event.imported() && !#event.guest()")
  void on(PersonCreated event) {
    personal.of(List.of(event.personId()));
  }

  /** An import's newcomers at once: their own {@code PersonCreated} events are passed by. */
  @ApplicationModuleListener
  void on(OrgImported event) {
    if (!event.createdPeopleIds().isEmpty()) {
      personal.of(event.createdPeopleIds());
    }
  }

  @Override
  public void run(ApplicationArguments args) {
    int made = backfill();
    if (made > 0) {
      log.info("Made {} missing personal mailboxes", made);
    }
  }

  /**
   * Makes the personal mailboxes active people (not guests) still lack, a batch per transaction;
   * answers how many. Each batch holds an advisory lock, so nodes starting together take turns and
   * the later one finds nothing left to make; a rerun makes nothing.
   */
  int backfill() {
    List<UUID> everyone = new ArrayList<>(directory.people(new Grantee.Company()));
    int made = 0;
    for (int from = 0; from < everyone.size(); from += BATCH) {
      List<UUID> batch = everyone.subList(from, Math.min(from + BATCH, everyone.size()));
      Integer count = transaction.execute(status -> {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext('mail.personal-mailboxes')))"
                + " locked")
            .query(Integer.class)
            .single();
        Set<UUID> having = mailboxes.personalOf(batch).keySet();
        List<UUID> missing = batch.stream().filter(p -> !having.contains(p)).toList();
        if (!missing.isEmpty()) {
          personal.of(missing);
        }
        return missing.size();
      });
      made += count == null ? 0 : count;
    }
    return made;
  }
}
