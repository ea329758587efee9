package dev.atrium.org;

import dev.atrium.org.internal.DepartmentRow;
import dev.atrium.org.internal.PersonFields;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the organisation of a new installation: the root department (the company) and its first
 * person, through the same write path and events as every later change.
 */
@NamedInterface("directory")
@Service
public class OrgSetup {

  private final OrgAdministration administration;
  private final OrgDirectory directory;

  OrgSetup(OrgAdministration administration, OrgDirectory directory) {
    this.administration = administration;
    this.directory = directory;
  }

  @Transactional
  public PersonRef createFirstPerson(String companyName, String name, String email) {
    DepartmentRow root = administration.insertDepartment(null, companyName.strip(), false);
    UUID person = administration.insertPerson(
        new PersonFields(name.strip(), email.strip(), null, null, "Administrator", root.id()),
        false,
        false);
    return directory.find(person).orElseThrow();
  }
}
