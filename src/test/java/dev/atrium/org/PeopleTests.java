package dev.atrium.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atrium.IntegrationTest;
import dev.atrium.access.Subject;
import dev.atrium.shared.Pinyin;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class PeopleTests {

  @Autowired
  OrgTestData data;

  @Autowired
  OrgAdministration administration;

  @Autowired
  DirectorySearch directory;

  @Autowired
  ApplicationEvents events;

  @Test
  void departmentAdminCannotEditPeopleOutsideTheirSubtree() {
    Department rnd = data.department("研发部");
    Department sales = data.department("销售部");
    Subject rndAdmin = data.departmentAdmin(rnd);
    PersonProfile seller = data.person("王小明", sales);

    assertThat(directory.profile(rndAdmin, seller.id()).capabilities().canEdit())
        .isFalse();
    assertThatThrownBy(() -> administration.updatePerson(
            rndAdmin, seller.id(), new UpdatePerson(null, null, null, null, "经理", null)))
        .hasFieldOrPropertyWithValue("code", "access.denied");
    assertThatThrownBy(() -> administration.createPerson(
            rndAdmin,
            new CreatePerson(
                "李四", data.unique("li") + "@example.com", null, null, sales.id(), null, false)))
        .hasFieldOrPropertyWithValue("code", "access.denied");
    assertThatThrownBy(() -> administration.suspend(rndAdmin, seller.id()))
        .hasFieldOrPropertyWithValue("code", "access.denied");
    assertThat(directory.profile(data.admin(), seller.id()).title()).isNull();
  }

  @Test
  void departmentAdminEditsPeopleInsideTheirSubtreeButCannotMoveThemOut() {
    Department rnd = data.department("研发部");
    Department platform = data.department(rnd, "平台组");
    Subject rndAdmin = data.departmentAdmin(rnd);
    PersonProfile engineer = data.person("张三", platform);

    PersonProfile edited = administration.updatePerson(
        rndAdmin, engineer.id(), new UpdatePerson("张三丰", null, "13800000000", null, "架构师", null));

    assertThat(edited.name()).isEqualTo("张三丰");
    assertThat(edited.title()).isEqualTo("架构师");
    assertThat(edited.capabilities()).isEqualTo(new PersonCapabilities(true, true, true));
    assertThat(events.stream(PersonUpdated.class))
        .anyMatch(e -> e.personId().equals(engineer.id())
            && e.changedFields().containsAll(List.of("name", "phone", "title")));
    assertThatThrownBy(() -> administration.updatePerson(
            rndAdmin,
            engineer.id(),
            new UpdatePerson(
                null, null, null, null, null, data.department("销售部").id())))
        .hasFieldOrPropertyWithValue("code", "access.denied");
  }

  @Test
  void aGuestSeesOnlyThemselves() {
    Department rnd = data.department("研发部");
    PersonProfile colleague = data.person("张三", rnd);
    PersonProfile guest = data.guest("访客", rnd);
    Subject asGuest = data.subjectOf(guest);

    assertThat(
            directory.people(asGuest, new PeopleQuery(null, null, true, 0, 50)).items())
        .extracting(PersonSummary::id)
        .containsExactly(guest.id());
    assertThat(
            directory.people(asGuest, new PeopleQuery("张三", null, true, 0, 50)).total())
        .isZero();
    assertThatThrownBy(() -> directory.profile(asGuest, colleague.id()))
        .hasFieldOrPropertyWithValue("code", "org.person-not-found");
    assertThat(directory.profile(asGuest, guest.id()).departmentPath())
        .extracting(DepartmentRef::id)
        .containsExactly(data.root().id(), rnd.id());
    assertThat(directory.departments(asGuest))
        .extracting(Department::id)
        .containsExactly(data.root().id(), rnd.id());
  }

  @Test
  void anEmailAddressBelongsToOnePersonWhateverItsCase() {
    Department rnd = data.department("研发部");
    PersonProfile zhang = data.person("张三", rnd);

    assertThatThrownBy(() -> administration.createPerson(
            data.admin(),
            new CreatePerson("李四", zhang.email().toUpperCase(), null, null, rnd.id(), null, false)))
        .hasFieldOrPropertyWithValue("code", "org.email-taken");
  }

  @Test
  void aProfileShowsTheBreadcrumbEveryMembershipAndWhatTheCallerMayDo() {
    Department rnd = data.department("研发部");
    Department platform = data.department(rnd, "平台组");
    Department committee = data.department("技术委员会");
    PersonProfile zhang = data.person("张三", platform);

    administration.setMemberships(
        data.admin(), zhang.id(), List.of(new SecondaryMembership(committee.id(), "委员")));
    PersonProfile profile = directory.profile(data.admin(), zhang.id());

    assertThat(profile.departmentPath())
        .extracting(DepartmentRef::name)
        .containsExactly(data.root().name(), rnd.name(), platform.name());
    assertThat(profile.memberships())
        .containsExactly(
            new Membership(platform.id(), platform.name(), null, true),
            new Membership(committee.id(), committee.name(), "委员", false));
    assertThat(profile.capabilities()).isEqualTo(new PersonCapabilities(true, true, true));
    assertThat(directory.profile(data.subjectOf(zhang), zhang.id()).capabilities())
        .isEqualTo(new PersonCapabilities(false, false, false));
    assertThat(events.stream(MembershipsChanged.class))
        .anyMatch(e -> e.personId().equals(zhang.id()));
  }

  @Test
  void thePrimaryDepartmentCannotAlsoBeASecondaryOne() {
    Department rnd = data.department("研发部");
    PersonProfile zhang = data.person("张三", rnd);

    assertThatThrownBy(() -> administration.setMemberships(
            data.admin(), zhang.id(), List.of(new SecondaryMembership(rnd.id(), null))))
        .hasFieldOrPropertyWithValue("code", "org.membership-is-primary");
  }

  @Test
  void everyoneChangesTheirOwnPhoneAndStatus() {
    PersonProfile zhang = data.person("张三", data.department("研发部"));

    PersonProfile own = administration.updateOwnProfile(
        data.subjectOf(zhang), new UpdateOwnProfile("13912345678", "出差中"));

    assertThat(own.phone()).isEqualTo("13912345678");
    assertThat(own.statusText()).isEqualTo("出差中");
    assertThat(administration
            .updateOwnProfile(data.subjectOf(zhang), new UpdateOwnProfile(null, ""))
            .statusText())
        .isNull();
  }

  @Test
  void suspendingAPersonTellsTheRestOfTheSystemAndCanBeUndone() {
    Department rnd = data.department("研发部");
    Subject rndAdmin = data.departmentAdmin(rnd);
    PersonProfile zhang = data.person("张三", rnd);

    assertThat(administration.suspend(rndAdmin, zhang.id()).status())
        .isEqualTo(PersonStatus.SUSPENDED);
    assertThat(events.stream(PersonSuspended.class)).anyMatch(e -> e.personId().equals(zhang.id()));
    assertThat(administration.reactivate(rndAdmin, zhang.id()).status())
        .isEqualTo(PersonStatus.ACTIVE);
    assertThat(events.stream(PersonReactivated.class))
        .anyMatch(e -> e.personId().equals(zhang.id()));
    assertThatThrownBy(() -> administration.suspend(rndAdmin, rndAdmin.personId()))
        .hasFieldOrPropertyWithValue("code", "org.cannot-suspend-self");
  }

  @Test
  void theFirstPersonGetsPinyinAndCreationEventsLikeEveryoneElse() {
    Subject admin = data.admin();
    String spelling =
        Pinyin.of(directory.profile(admin, admin.personId()).name()).full().split(" ")[0];

    assertThat(directory
            .people(admin, new PeopleQuery(spelling, null, true, 0, 50))
            .items())
        .extracting(PersonSummary::id)
        .contains(admin.personId());
  }
}
