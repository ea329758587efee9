package dev.atrium.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atrium.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class GroupsTests {

  @Autowired
  OrgTestData data;

  @Autowired
  Groups groups;

  @Autowired
  DirectorySearch directory;

  @Autowired
  ApplicationEvents events;

  @Test
  void aGroupIsCreatedRenamedAndDeleted() {
    String name = data.unique("读书会");
    Group created = groups.create(data.admin(), new CreateGroup(name, "每月一本书"));
    assertThat(created.capabilities().canEdit()).isTrue();
    assertThat(groups.list(data.admin())).extracting(Group::name).contains(name);

    String renamed = data.unique("读书俱乐部");
    Group updated = groups.update(data.admin(), created.id(), new UpdateGroup(renamed, ""));
    assertThat(updated.name()).isEqualTo(renamed);
    assertThat(updated.description()).isNull();

    groups.delete(data.admin(), created.id());
    assertThatThrownBy(() -> groups.get(data.admin(), created.id()))
        .hasFieldOrPropertyWithValue("code", "org.group-not-found");
    assertThat(events.stream(GroupCreated.class)).anyMatch(e -> e.groupId().equals(created.id()));
    assertThat(events.stream(GroupUpdated.class)).anyMatch(e -> e.groupId().equals(created.id()));
    assertThat(events.stream(GroupDeleted.class)).anyMatch(e -> e.groupId().equals(created.id()));
  }

  @Test
  void membersAreReplacedAsAWholeAndShowOnTheirProfiles() {
    Department rnd = data.department("研发部");
    PersonProfile zhang = data.person("张三", rnd);
    PersonProfile li = data.person("李四", rnd);
    PersonProfile wang = data.person("王小明", rnd);
    Group group = groups.create(data.admin(), new CreateGroup(data.unique("羽毛球"), null));

    groups.setMembers(data.admin(), group.id(), new SetGroupMembers(List.of(zhang.id(), li.id())));
    GroupWithMembers members = groups.setMembers(
        data.admin(), group.id(), new SetGroupMembers(List.of(li.id(), wang.id())));

    assertThat(members.members())
        .extracting(PersonSummary::name)
        .containsExactlyInAnyOrder("李四", "王小明");
    assertThat(members.memberCount()).isEqualTo(2);
    assertThat(directory.profile(data.admin(), wang.id()).groups())
        .containsExactly(new GroupRef(group.id(), group.name()));
    assertThat(directory.profile(data.admin(), zhang.id()).groups()).isEmpty();
    assertThat(events.stream(GroupMembersChanged.class).filter(e -> e.groupId().equals(group.id())))
        .hasSize(2);
  }

  @Test
  void aMemberWhoDoesNotExistRefusesTheChange() {
    Group group = groups.create(data.admin(), new CreateGroup(data.unique("篮球"), null));

    assertThatThrownBy(() -> groups.setMembers(
            data.admin(), group.id(), new SetGroupMembers(List.of(UUID.randomUUID()))))
        .hasFieldOrPropertyWithValue("code", "org.group-member-unknown");
  }

  @Test
  void groupNamesAreUniqueWhateverTheirCase() {
    String name = data.unique("Hiking");
    groups.create(data.admin(), new CreateGroup(name, null));

    assertThatThrownBy(() -> groups.create(data.admin(), new CreateGroup(name.toUpperCase(), null)))
        .hasFieldOrPropertyWithValue("code", "org.group-name-taken");
  }

  @Test
  void anEmployeeSeesGroupsButMayNotChangeThem() {
    PersonProfile zhang = data.person("张三", data.department("研发部"));
    Group group = groups.create(data.admin(), new CreateGroup(data.unique("摄影"), null));

    assertThat(groups.list(data.subjectOf(zhang)))
        .filteredOn(g -> g.id().equals(group.id()))
        .extracting(g -> g.capabilities().canEdit())
        .containsExactly(false);
    assertThatThrownBy(
            () -> groups.update(data.subjectOf(zhang), group.id(), new UpdateGroup("改名", null)))
        .hasFieldOrPropertyWithValue("code", "access.denied");
  }

  @Test
  void aGuestSeesOnlyTheGroupsTheyAreIn() {
    Department rnd = data.department("研发部");
    PersonProfile guest = data.guest("访客", rnd);
    PersonProfile zhang = data.person("张三", rnd);
    Group theirs = groups.create(data.admin(), new CreateGroup(data.unique("项目群"), null));
    Group other = groups.create(data.admin(), new CreateGroup(data.unique("内部群"), null));
    groups.setMembers(
        data.admin(), theirs.id(), new SetGroupMembers(List.of(guest.id(), zhang.id())));

    assertThat(groups.list(data.subjectOf(guest)))
        .extracting(Group::id)
        .containsExactly(theirs.id());
    assertThat(groups.get(data.subjectOf(guest), theirs.id()).members())
        .extracting(PersonSummary::id)
        .containsExactly(guest.id());
    assertThatThrownBy(() -> groups.get(data.subjectOf(guest), other.id()))
        .hasFieldOrPropertyWithValue("code", "org.group-not-found");
  }
}
