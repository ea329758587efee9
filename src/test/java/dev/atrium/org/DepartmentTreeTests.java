package dev.atrium.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atrium.IntegrationTest;
import dev.atrium.access.Subject;
import dev.atrium.shared.DomainException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class DepartmentTreeTests {

  @Autowired
  OrgTestData data;

  @Autowired
  OrgAdministration administration;

  @Autowired
  DirectorySearch directory;

  @Autowired
  ApplicationEvents events;

  @Test
  void aNewDepartmentHangsBelowItsParentWithThePathFromTheCompany() {
    Department rnd = data.department("研发部");
    Department platform = data.department(rnd, "平台组");

    assertThat(ids(platform.path())).containsExactly(data.root().id(), rnd.id(), platform.id());
    assertThat(platform.path().get(1).name()).isEqualTo(rnd.name());
    assertThat(platform.parentId()).isEqualTo(rnd.id());
    assertThat(events.stream(DepartmentCreated.class).map(DepartmentCreated::departmentId))
        .contains(platform.id());
  }

  @Test
  void twoSiblingsCannotShareAName() {
    Department rnd = data.department("研发部");
    administration.createDepartment(data.admin(), new CreateDepartment("平台组", rnd.id()));

    assertThatThrownBy(() ->
            administration.createDepartment(data.admin(), new CreateDepartment("平台组", rnd.id())))
        .hasFieldOrPropertyWithValue("code", "org.department-name-taken");
  }

  @Test
  void renamingChangesTheNameEveryPathShows() {
    Department rnd = data.department("研发部");
    Department platform = data.department(rnd, "平台组");
    String newName = data.unique("技术部");

    administration.updateDepartment(
        data.admin(), rnd.id(), new UpdateDepartment(newName, null, null, null));

    assertThat(find(platform.id()).path().get(1).name()).isEqualTo(newName);
    assertThat(events.stream(DepartmentRenamed.class))
        .anyMatch(e -> e.departmentId().equals(rnd.id()));
  }

  @Test
  void movingADepartmentCarriesItsWholeSubtree() {
    Department rnd = data.department("研发部");
    Department platform = data.department(rnd, "平台组");
    Department storage = data.department(platform, "存储小组");
    Department sales = data.department("销售部");

    administration.updateDepartment(
        data.admin(), platform.id(), new UpdateDepartment(null, sales.id(), null, null));

    UUID root = data.root().id();
    assertThat(ids(find(platform.id()).path())).containsExactly(root, sales.id(), platform.id());
    assertThat(ids(find(storage.id()).path()))
        .containsExactly(root, sales.id(), platform.id(), storage.id());
    assertThat(ids(find(rnd.id()).path())).containsExactly(root, rnd.id());
    assertThat(events.stream(DepartmentMoved.class))
        .anyMatch(e -> e.departmentId().equals(platform.id()));
  }

  @Test
  void aDepartmentCannotMoveBelowItselfOrItsDescendants() {
    Department rnd = data.department("研发部");
    Department platform = data.department(rnd, "平台组");

    assertThatThrownBy(() -> administration.updateDepartment(
            data.admin(), rnd.id(), new UpdateDepartment(null, platform.id(), null, null)))
        .hasFieldOrPropertyWithValue("code", "org.department-cycle");
    assertThatThrownBy(() -> administration.updateDepartment(
            data.admin(), rnd.id(), new UpdateDepartment(null, rnd.id(), null, null)))
        .hasFieldOrPropertyWithValue("code", "org.department-cycle");
  }

  @Test
  void aDepartmentWithChildrenOrPeopleCannotBeDeleted() {
    Department withChild = data.department("研发部");
    data.department(withChild, "平台组");
    Department withPerson = data.department("销售部");
    data.person("张三", withPerson);
    Department withSecondaryMember = data.department("市场部");
    PersonProfile elsewhere = data.person("李四", data.department("财务部"));
    administration.setMemberships(
        data.admin(),
        elsewhere.id(),
        List.of(new SecondaryMembership(withSecondaryMember.id(), "顾问")));

    for (Department department : List.of(withChild, withPerson, withSecondaryMember)) {
      assertThatThrownBy(() -> administration.deleteDepartment(data.admin(), department.id()))
          .hasFieldOrPropertyWithValue("code", "org.department-not-empty");
    }
    assertThat(find(withPerson.id()).capabilities().canDelete()).isFalse();
  }

  @Test
  void anEmptyDepartmentIsDeleted() {
    Department empty = data.department("临时项目组");
    assertThat(empty.capabilities().canDelete()).isTrue();

    administration.deleteDepartment(data.admin(), empty.id());

    assertThat(directory.departments(data.admin())).noneMatch(d -> d.id().equals(empty.id()));
    assertThat(events.stream(DepartmentDeleted.class))
        .anyMatch(e -> e.departmentId().equals(empty.id()));
  }

  @Test
  void theHeadIsAPersonAndCanBeCleared() {
    Department rnd = data.department("研发部");
    PersonProfile zhang = data.person("张三", rnd);

    Department led = administration.updateDepartment(
        data.admin(), rnd.id(), new UpdateDepartment(null, null, zhang.id(), null));
    assertThat(led.headId()).isEqualTo(zhang.id());
    assertThat(led.headName()).isEqualTo("张三");

    assertThatThrownBy(() -> administration.updateDepartment(
            data.admin(), rnd.id(), new UpdateDepartment(null, null, UUID.randomUUID(), null)))
        .hasFieldOrPropertyWithValue("code", "org.person-not-found");

    Department headless = administration.updateDepartment(
        data.admin(), rnd.id(), new UpdateDepartment(null, null, null, true));
    assertThat(headless.headId()).isNull();
    assertThat(events.stream(DepartmentHeadChanged.class)
            .filter(e -> e.departmentId().equals(rnd.id())))
        .hasSize(2);
  }

  @Test
  void theCompanyCanBeNeitherMovedNorDeleted() {
    Department root = data.root();
    Department rnd = data.department("研发部");

    assertThatThrownBy(() -> administration.updateDepartment(
            data.admin(), root.id(), new UpdateDepartment(null, rnd.id(), null, null)))
        .hasFieldOrPropertyWithValue("code", "org.department-root");
    assertThatThrownBy(() -> administration.deleteDepartment(data.admin(), root.id()))
        .hasFieldOrPropertyWithValue("code", "org.department-root");
  }

  @Test
  void aDepartmentAdministratorRunsTheDepartmentsBelowTheirsButNotTheirOwn() {
    Department rnd = data.department("研发部");
    Department platform = data.department(rnd, "平台组");
    Subject rndAdmin = data.departmentAdmin(rnd);

    Department created =
        administration.createDepartment(rndAdmin, new CreateDepartment("前端组", rnd.id()));
    administration.updateDepartment(
        rndAdmin, platform.id(), new UpdateDepartment(data.unique("基础平台组"), null, null, null));

    assertThat(created.capabilities().canEdit()).isTrue();
    assertThat(find(rndAdmin, rnd.id()).capabilities().canEdit()).isFalse();
    assertThatThrownBy(() -> administration.updateDepartment(
            rndAdmin, rnd.id(), new UpdateDepartment("改名", null, null, null)))
        .isInstanceOf(DomainException.class)
        .hasFieldOrPropertyWithValue("code", "access.denied");
    assertThatThrownBy(() -> administration.updateDepartment(
            rndAdmin,
            platform.id(),
            new UpdateDepartment(null, data.department("销售部").id(), null, null)))
        .hasFieldOrPropertyWithValue("code", "access.denied");
  }

  private Department find(UUID id) {
    return find(data.admin(), id);
  }

  private Department find(Subject subject, UUID id) {
    return directory.departments(subject).stream()
        .filter(d -> d.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static List<UUID> ids(List<DepartmentRef> path) {
    return path.stream().map(DepartmentRef::id).toList();
  }
}
