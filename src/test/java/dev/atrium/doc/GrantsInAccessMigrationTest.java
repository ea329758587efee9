package dev.atrium.doc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Migration doc V5 carries space grants and page restrictions into access as doc meant them. The old
 * tables are made again inside a transaction that is rolled back, so the shared database keeps none
 * of it.
 */
@IntegrationTest
class GrantsInAccessMigrationTest {

  @Autowired
  JdbcClient jdbc;

  @Autowired
  TransactionTemplate transactions;

  @Test
  void spaceGrantsAndBothListsOfARestrictionArriveAsGrantsOfDocsTypes() throws IOException {
    String migration = new ClassPathResource("db/migration/doc/V5__grants_in_access.sql")
        .getContentAsString(StandardCharsets.UTF_8);
    UUID space = UUID.randomUUID();
    UUID page = UUID.randomUUID();
    UUID ann = UUID.randomUUID();
    UUID department = UUID.randomUUID();
    List<String> rows = transactions.execute(status -> {
      status.setRollbackOnly();
      jdbc.sql("""
          create table doc.space_grant (space_id uuid not null, kind text not null, principal_id uuid, role text not null);
          create table doc.page_restriction (page_id uuid not null, level text not null, kind text not null, principal_id uuid not null)
          """).update();
      jdbc.sql(
              "insert into doc.space_grant values (?, 'DEPARTMENT', ?, 'EDIT'), (?, 'COMPANY', null, 'READ'), (?, 'PERSON', ?, 'ADMIN')")
          .params(space, department, space, space, ann)
          .update();
      jdbc.sql(
              "insert into doc.page_restriction values (?, 'READ', 'PERSON', ?), (?, 'EDIT', 'PERSON', ?), (?, 'EDIT', 'DEPARTMENT', ?)")
          .params(page, ann, page, ann, page, department)
          .update();
      jdbc.sql(migration).update();
      return jdbc.sql("""
          select resource_type || ' ' || kind || ' ' || coalesce(subject_id::text, '-') || ' ' || role
          from access.resource_grant where resource_id in (?, ?) order by 1""").params(space, page).query(String.class).list();
    });
    assertThat(rows)
        .containsExactlyInAnyOrder(
            "doc.page PERSON " + ann + " editor",
            "doc.page PERSON " + ann + " viewer",
            "doc.page SUBTREE " + department + " editor",
            "doc.space COMPANY - viewer",
            "doc.space PERSON " + ann + " manager",
            "doc.space SUBTREE " + department + " editor");
  }
}
