package dev.atrium.org.internal;

import dev.atrium.org.DepartmentRenamed;
import dev.atrium.org.MembershipsChanged;
import dev.atrium.org.PersonCreated;
import dev.atrium.org.PersonReactivated;
import dev.atrium.org.PersonSuspended;
import dev.atrium.org.PersonUpdated;
import dev.atrium.search.IndexingListener;
import dev.atrium.search.SearchIndex;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Keeps people in the index current ({@link IndexingListener}). */
@Component
class PeopleSearchFeed {

  private final PeopleTable people;
  private final PeopleSearch documents;
  private final SearchIndex index;

  PeopleSearchFeed(PeopleTable people, PeopleSearch documents, SearchIndex index) {
    this.people = people;
    this.documents = documents;
    this.index = index;
  }

  @IndexingListener
  void on(PersonCreated event) {
    person(event.personId());
  }

  @IndexingListener
  void on(PersonUpdated event) {
    person(event.personId());
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
