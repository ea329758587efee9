package dev.atrium.org.internal;

import dev.atrium.org.DepartmentRenamed;
import dev.atrium.org.MembershipsChanged;
import dev.atrium.org.OrgImported;
import dev.atrium.org.PersonCreated;
import dev.atrium.org.PersonReactivated;
import dev.atrium.org.PersonSuspended;
import dev.atrium.org.PersonUpdated;
import dev.atrium.search.IndexingListener;
import dev.atrium.search.SearchIndex;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Keeps people in the index current ({@link IndexingListener}). */
@Component
class PeopleSearchFeed {

  /** Passes by the per-person events an import marks: {@link #on(OrgImported)} indexes the import whole. */
  private static final String NOT_IMPORTED = "!#event.imported()";

  private final PeopleTable people;
  private final PeopleSearch documents;
  private final SearchIndex index;

  PeopleSearchFeed(PeopleTable people, PeopleSearch documents, SearchIndex index) {
    this.people = people;
    this.documents = documents;
    this.index = index;
  }

  @IndexingListener(condition = NOT_IMPORTED)
  void on(PersonCreated event) {
    person(event.personId());
  }

  @IndexingListener(condition = NOT_IMPORTED)
  void on(PersonUpdated event) {
    person(event.personId());
  }

  /**
   * The people an import made or changed, in one read and one index commit rather than a listener
   * run each: an import of 5,000 would otherwise start 5,000 listeners at its commit, each wanting a
   * pooled connection at once.
   */
  @IndexingListener
  void on(OrgImported event) {
    Set<UUID> ids = new HashSet<>(event.createdPeopleIds());
    ids.addAll(event.updatedPeopleIds());
    index.refresh(
        PeopleSearch.PERSON,
        ids,
        current -> people.findAll(List.copyOf(current)).stream()
            .map(documents::document)
            .toList());
  }

  @IndexingListener
  void on(PersonSuspended event) {
    person(event.personId());
  }

  @IndexingListener
  void on(PersonReactivated event) {
    person(event.personId());
  }

  @IndexingListener
  void on(MembershipsChanged event) {
    person(event.personId());
  }

  @IndexingListener
  void on(DepartmentRenamed event) {
    people
        .inDepartment(event.departmentId())
        .forEach(person -> index.put(documents.document(person)));
  }

  private void person(UUID personId) {
    index.refresh(
        PeopleSearch.PERSON, personId, () -> people.find(personId).map(documents::document));
  }
}
