package dev.atrium.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.atrium.IntegrationTest;
import dev.atrium.shared.DomainException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class OrgImportTests {

  private static final String HEADER =
      "name,email,department,title,phone,employee_no,manager_email\n";

  @Autowired
  OrgTestData data;

  @Autowired
  OrgImport orgImport;

  @Autowired
  OrgAdministration administration;

  @Autowired
  DirectorySearch directory;

  @Autowired
  ApplicationEvents events;

  @Test
  void importsChineseNamesIntoNestedDepartmentsCreatedOnTheWay() {
    String top = data.unique("研发中心");
    String zhang = data.unique("zhang") + "@example.com";
    String file = HEADER
        + "张三," + zhang + "," + top + "/平台组/存储小组,工程师,13800000001,,\n"
        + "李四," + data.unique("li") + "@example.com," + top + "/平台组,组长,,," + "\n"
        + "王小明," + data.unique("wang") + "@example.com," + data.root().name() + "/" + top
        + ",总监,,,\n";

    ImportReport report = orgImport.run(data.admin(), utf8(file), false);

    assertThat(report).isEqualTo(new ImportReport(true, 3, 3, 3, 0, List.of()));
    Department storage = department(top + "/平台组/存储小组");
    assertThat(storage.path())
        .extracting(DepartmentRef::name)
        .containsExactly(data.root().name(), top, "平台组", "存储小组");
    PersonProfile zhangSan =
        directory.profile(data.admin(), people(top, "zhangsan").getFirst().id());
    assertThat(zhangSan.name()).isEqualTo("张三");
    assertThat(zhangSan.email()).isEqualTo(zhang);
    assertThat(zhangSan.departmentId()).isEqualTo(storage.id());
    assertThat(people(top, "wxm")).extracting(PersonSummary::name).containsExactly("王小明");
    assertThat(events.stream(OrgImported.class)).hasSize(1);
    assertThat(events.stream(PersonCreated.class).filter(e -> e.email().equals(zhang)))
        .hasSize(1);
    // the per-person events are marked, and the import names what they did, so that a module
    // following the org may take the whole import at once
    assertThat(events.stream(PersonCreated.class))
        .allMatch(PersonCreated::imported)
        .hasSize(3);
    assertThat(events.stream(DepartmentCreated.class))
        .allMatch(DepartmentCreated::imported)
        .hasSize(3);
    OrgImported imported = events.stream(OrgImported.class).findFirst().orElseThrow();
    assertThat(imported.createdPeopleIds())
        .containsExactlyInAnyOrderElementsOf(
            events.stream(PersonCreated.class).map(PersonCreated::personId).toList());
    assertThat(imported.createdDepartmentIds())
        .containsExactly(department(top).id(), department(top + "/平台组").id(), storage.id());
    assertThat(imported.movedPeopleIds()).isEmpty();
  }

  @Test
  void anExistingEmailUpdatesThatPersonAndAManagerInTheDepartmentBecomesItsHead() {
    Department sales = data.department("销售部");
    PersonProfile lead = data.person("赵经理", sales);
    String file = HEADER
        + "赵经理," + lead.email().toUpperCase() + "," + sales.name() + ",销售总监,,,\n"
        + "钱多多," + data.unique("qian") + "@example.com," + sales.name() + ",销售,,," + lead.email()
        + "\n";

    ImportReport report = orgImport.run(data.admin(), utf8(file), false);

    assertThat(report).isEqualTo(new ImportReport(true, 2, 0, 1, 1, List.of()));
    assertThat(directory.profile(data.admin(), lead.id()).title()).isEqualTo("销售总监");
    assertThat(department(sales.name()).headId()).isEqualTo(lead.id());
  }

  @Test
  void theImportNamesThePeopleItMovedAndMarksTheirChanges() {
    Department from = data.department("旧部门");
    PersonProfile mover = data.person("调岗者", from);
    PersonProfile stayer = data.person("留任者", from);
    String to = data.unique("新部门");
    String file = HEADER
        + "调岗者," + mover.email() + "," + to + ",,,,\n"
        + "留任者," + stayer.email() + "," + from.name() + ",新头衔,,,\n";

    ImportReport report = orgImport.run(data.admin(), utf8(file), false);

    assertThat(report).isEqualTo(new ImportReport(true, 2, 1, 0, 2, List.of()));
    OrgImported imported = events.stream(OrgImported.class).findFirst().orElseThrow();
    assertThat(imported.movedPeopleIds()).as("a new title is no move").containsExactly(mover.id());
    assertThat(imported.createdPeopleIds()).isEmpty();
    assertThat(imported.updatedPeopleIds()).containsExactlyInAnyOrder(mover.id(), stayer.id());
    assertThat(events.stream(PersonUpdated.class))
        .allMatch(PersonUpdated::imported)
        .hasSize(2);
  }

  @Test
  void aFileWithBadLinesListsEachInADryRunAndStoresNothingForReal() {
    String top = data.unique("市场部");
    String known = data.unique("ok") + "@example.com";
    String file = HEADER
        + "张三," + known + "," + top + ",,,,\n"
        + ",nobody" + data.unique("x") + "@example.com," + top + ",,,,\n"
        + "李四,not-an-address," + top + ",,,,\n"
        + "王小明," + known.toUpperCase() + "," + top + ",,,," + data.unique("ghost")
        + "@example.com\n";
    long peopleBefore = everyone();
    int departmentsBefore = directory.departments(data.admin()).size();

    ImportReport dryRun = orgImport.run(data.admin(), utf8(file), true);

    assertThat(dryRun.applied()).isFalse();
    assertThat(dryRun.rowCount()).isEqualTo(4);
    assertThat(dryRun.errors())
        .extracting(ImportError::line, ImportError::field, ImportError::code)
        .containsExactly(
            tuple(3, "name", "required"),
            tuple(4, "email", "email"),
            tuple(5, "email", "duplicate"),
            tuple(5, "manager_email", "unknown-manager"));
    assertThat(dryRun.peopleCreated()).isEqualTo(1);
    assertThat(dryRun.departmentsCreated()).isEqualTo(1);
    assertThat(everyone()).isEqualTo(peopleBefore);

    assertThatThrownBy(() -> orgImport.run(data.admin(), utf8(file), false))
        .isInstanceOfSatisfying(DomainException.class, e -> {
          assertThat(e.code()).isEqualTo("org.import-invalid");
          assertThat(e.properties().get("errors")).isEqualTo(dryRun.errors());
        });
    assertThat(everyone()).isEqualTo(peopleBefore);
    assertThat(directory.departments(data.admin())).hasSize(departmentsBefore);
  }

  @Test
  void overLongCellsAndBrokenPathsAreReportedByColumn() {
    String file = HEADER
        + "张".repeat(101) + "," + data.unique("long") + "@example.com,研发部,,,,\n"
        + "李四," + data.unique("li") + "@example.com,研发部//平台组,,,,\n";

    ImportReport report = orgImport.run(data.admin(), utf8(file), true);

    assertThat(report.errors())
        .extracting(ImportError::line, ImportError::field, ImportError::code)
        .containsExactly(tuple(2, "name", "size"), tuple(3, "department", "department"));
  }

  @Test
  void aByteOrderMarkIsIgnored() {
    String top = data.unique("财务部");
    byte[] file = ("\uFEFF" + HEADER + "张三," + data.unique("bom") + "@example.com," + top
            + ",,,,\n")
        .getBytes(StandardCharsets.UTF_8);

    ImportReport report = orgImport.run(data.admin(), file, false);

    assertThat(report.errors()).isEmpty();
    assertThat(people(top, "张三")).hasSize(1);
  }

  @Test
  void aFileThatIsNotUtf8IsRefused() {
    byte[] gbk = (HEADER + "张三,zhang@example.com,研发部,,,,\n").getBytes(Charset.forName("GBK"));

    assertThatThrownBy(() -> orgImport.run(data.admin(), gbk, true))
        .hasFieldOrPropertyWithValue("code", "org.import-encoding");
  }

  @Test
  void aFileWithoutTheRequiredColumnsIsRefused() {
    assertThatThrownBy(
            () -> orgImport.run(data.admin(), utf8("姓名,邮箱\n张三,zhang@example.com\n"), true))
        .hasFieldOrPropertyWithValue("code", "org.import-header");
  }

  @Test
  void onlyThoseAllowedToImportMayImport() {
    PersonProfile someone = data.person("张三", data.department("研发部"));

    assertThatThrownBy(() -> orgImport.run(data.subjectOf(someone), utf8(HEADER), true))
        .hasFieldOrPropertyWithValue("code", "access.denied");
  }

  private Department department(String pathBelowRoot) {
    String wanted = data.root().name() + "/" + pathBelowRoot;
    return directory.departments(data.admin()).stream()
        .filter(d -> String.join("/", d.path().stream().map(DepartmentRef::name).toList())
            .equals(wanted))
        .findFirst()
        .orElseThrow();
  }

  private List<PersonSummary> people(String topDepartment, String query) {
    return directory
        .people(data.admin(), new PeopleQuery(query, department(topDepartment).id(), true, 0, 50))
        .items();
  }

  private long everyone() {
    return directory
        .people(data.admin(), new PeopleQuery(null, null, true, 0, 1))
        .total();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
