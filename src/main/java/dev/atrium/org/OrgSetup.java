package dev.atrium.org;

import dev.atrium.shared.Ids;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates the organisation of a new installation: the root department and its first person. */
@Service
public class OrgSetup {

  private final JdbcClient jdbc;

  OrgSetup(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional
  public PersonRef createFirstPerson(String companyName, String name, String email) {
    UUID root = Ids.newId();
    jdbc.sql("insert into org.department (id, name, path) values (?, ?, array[?]::uuid[])").params(root, companyName, root).update();
    UUID person = Ids.newId();
    jdbc.sql("insert into org.person (id, name, email, title, primary_department_id) values (?, ?, ?, ?, ?)")
        .params(person, name, email, "Administrator", root).update();
    return new PersonRef(person, name, email, false, false, List.of(root));
  }
}
