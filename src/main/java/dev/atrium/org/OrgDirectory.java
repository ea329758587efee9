package dev.atrium.org;

import dev.atrium.org.internal.DepartmentRow;
import dev.atrium.org.internal.DepartmentsTable;
import dev.atrium.org.internal.PeopleTable;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Look-ups other modules make about people, without access checks: callers use them to decide
 * access or to label facts, never to show a person to someone.
 */
@Service
public class OrgDirectory {

  private final PeopleTable people;
  private final DepartmentsTable departments;

  OrgDirectory(PeopleTable people, DepartmentsTable departments) {
    this.people = people;
    this.departments = departments;
  }

  public Optional<PersonRef> findByEmail(String email) {
    return people.refByEmail(email.strip());
  }

  public Optional<PersonRef> find(UUID personId) {
    return people.ref(personId);
  }

  public Optional<String> departmentName(UUID departmentId) {
    return departments.find(departmentId).map(DepartmentRow::name);
  }

  public boolean anyoneExists() {
    return people.count() > 0;
  }
}
