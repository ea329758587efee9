package dev.atrium.doc;

import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Subject;
import dev.atrium.doc.internal.PageReaders;
import dev.atrium.doc.internal.PageRow;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonSummary;
import dev.atrium.shared.DomainException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People mentioned in a page's text. The editor's client reports the mentions its person has just
 * inserted (not those loaded or typed by others); those who may read the page are told
 * ({@link PageMentioned}), and the answer names those who cannot, for the editor to say so.
 */
@Service
public class PageMentions {

  private final Pages pages;
  private final ResourceAccess resources;
  private final PageReaders readers;
  private final OrgDirectory directory;
  private final ApplicationEventPublisher events;

  PageMentions(
      Pages pages,
      ResourceAccess resources,
      PageReaders readers,
      OrgDirectory directory,
      ApplicationEventPublisher events) {
    this.pages = pages;
    this.resources = resources;
    this.readers = readers;
    this.directory = directory;
    this.events = events;
  }

  @Transactional
  public MentionAnswer mention(Subject subject, UUID pageId, MentionPeople command) {
    PageRow page = pages.readable(resources.viewer(subject), pageId);
    if (!page.editable()) {
      throw DomainException.forbidden(
          "doc.read-only", "Only the page's editors mention people in its text.");
    }
    Set<UUID> people = new LinkedHashSet<>(command.personIds());
    people.remove(subject.personId());
    List<PersonSummary> found = directory.summaries(people);
    if (found.size() != people.size()) {
      throw DomainException.notFound("doc.person-not-found", "Someone mentioned does not exist.");
    }
    Set<UUID> mayRead = readers.of(pageId, people);
    List<PersonName> notified = new ArrayList<>();
    List<PersonName> cannotRead = new ArrayList<>();
    for (PersonSummary person : found) {
      (mayRead.contains(person.id()) ? notified : cannotRead)
          .add(new PersonName(person.id(), person.name(), person.avatarColor()));
    }
    if (!mayRead.isEmpty()) {
      events.publishEvent(
          new PageMentioned(page.id(), page.spaceId(), page.title(), subject.personId(), mayRead));
    }
    return new MentionAnswer(notified, cannotRead);
  }
}
