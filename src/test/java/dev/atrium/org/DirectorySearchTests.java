package dev.atrium.org;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DirectorySearchTests {

  @Autowired
  OrgTestData data;

  @Autowired
  OrgAdministration administration;

  @Autowired
  DirectorySearch directory;

  Department rnd;
  Department platform;
  PersonProfile zhangSan;
  PersonProfile liSi;
  PersonProfile wangXiaoming;

  @BeforeEach
  void aSmallTeam() {
    rnd = data.department("研发部");
    platform = data.department(rnd, "平台组");
    zhangSan = administration.createPerson(
        data.admin(),
        new CreatePerson(
            "张三",
            data.unique("zhangsan") + "@example.com",
            null,
            null,
            platform.id(),
            "工程师",
            false));
    liSi = data.person("李四", rnd);
    wangXiaoming = data.person("王小明", rnd);
  }

  @Test
  void findsZhangSanByFullPinyinInitialsCharacterAndEmailPrefix() {
    for (String query : List.of(
        "zhangsan", "zhang san", "ZhangSan", "zs", "张", "张三", zhangSan.email().substring(0, 10))) {
      assertThat(names(query)).as(query).containsExactly("张三");
    }
  }

  @Test
  void findsByPartOfTheNameOrPinyinAndByDepartmentName() {
    assertThat(names("小明")).containsExactly("王小明");
    assertThat(names("xiaoming")).containsExactly("王小明");
    assertThat(names("平台")).containsExactly("张三");
  }

  @Test
  void anExactNameRanksBeforeAPrefixAndAPrefixBeforeTheRest() {
    data.person("张三丰", rnd);
    data.person("小张", rnd);

    assertThat(names("张三")).containsExactly("张三", "张三丰");
    assertThat(names("张")).containsExactly("张三", "张三丰", "小张");
  }

  @Test
  void aDepartmentShowsItsWholeSubtreeOrOnlyItsOwnPeople() {
    assertThat(directory
            .people(data.admin(), new PeopleQuery(null, rnd.id(), true, 0, 50))
            .items())
        .extracting(PersonSummary::name)
        .containsExactlyInAnyOrder("张三", "李四", "王小明");
    assertThat(directory
            .people(data.admin(), new PeopleQuery(null, rnd.id(), false, 0, 50))
            .items())
        .extracting(PersonSummary::name)
        .containsExactlyInAnyOrder("李四", "王小明");
    assertThat(directory
            .people(data.admin(), new PeopleQuery(null, platform.id(), true, 0, 50))
            .items())
        .extracting(PersonSummary::name)
        .containsExactly("张三");
  }

  @Test
  void aSecondaryMemberIsFoundInThatDepartmentToo() {
    Department committee = data.department("技术委员会");
    administration.setMemberships(
        data.admin(), liSi.id(), List.of(new SecondaryMembership(committee.id(), "委员")));

    assertThat(directory
            .people(data.admin(), new PeopleQuery(null, committee.id(), true, 0, 50))
            .items())
        .extracting(PersonSummary::name)
        .containsExactly("李四");
  }

  @Test
  void pagesCarryTheTotal() {
    var first = directory.people(data.admin(), new PeopleQuery(null, rnd.id(), true, 0, 2));
    var second = directory.people(data.admin(), new PeopleQuery(null, rnd.id(), true, 1, 2));

    assertThat(first.total()).isEqualTo(3);
    assertThat(first.items()).hasSize(2);
    assertThat(second.items()).hasSize(1);
    assertThat(second.items().getFirst().id())
        .isNotIn(first.items().stream().map(PersonSummary::id).toList());
  }

  @Test
  void wildcardsInAQueryAreMatchedLiterally() {
    assertThat(names("%")).isEmpty();
    assertThat(names("_")).isEmpty();
  }

  private List<String> names(String query) {
    return directory
        .people(data.admin(), new PeopleQuery(query, rnd.id(), true, 0, 50))
        .items()
        .stream()
        .map(PersonSummary::name)
        .toList();
  }
}
