package dev.atrium.announce.internal;

import dev.atrium.access.Access;
import dev.atrium.access.Permission;
import dev.atrium.access.Scope;
import dev.atrium.access.Subject;
import dev.atrium.shared.DomainException;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may see an announcement's statistics and act on its readers (remind, plan reminders): its
 * author, and those who administer content (system administrators, who review) once it has left
 * its author's desk, as they see the announcement itself ({@code Seen}). Everyone else is answered
 * as if it did not exist, recipients included: statistics name who has not read.
 */
@Component
public class StatisticsAccess {

  private static final Set<String> ON_THE_AUTHORS_DESK = Set.of("DRAFT", "RETURNED");

  private final StatsQueries queries;
  private final Access access;

  StatisticsAccess(StatsQueries queries, Access access) {
    this.queries = queries;
    this.access = access;
  }

  /** The announcement, or 404 {@code announce.not-found} for anyone who may not see its statistics. */
  public AnnouncementHead require(Subject subject, UUID announcementId) {
    return queries
        .head(announcementId)
        .filter(head -> may(subject, head))
        .orElseThrow(StatisticsAccess::notFound);
  }

  public boolean may(Subject subject, AnnouncementHead head) {
    if (subject.guest()) {
      return false;
    }
    return head.authorId().equals(subject.personId())
        || !ON_THE_AUTHORS_DESK.contains(head.state())
            && access.can(subject, Permission.CONTENT_ADMINISTER, Scope.company());
  }

  static DomainException notFound() {
    return DomainException.notFound("announce.not-found", "No such announcement.");
  }
}
