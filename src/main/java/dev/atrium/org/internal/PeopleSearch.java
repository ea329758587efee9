package dev.atrium.org.internal;

import dev.atrium.access.Access;
import dev.atrium.access.Permission;
import dev.atrium.access.Scope;
import dev.atrium.access.Subject;
import dev.atrium.search.SearchDocument;
import dev.atrium.search.SearchSource;
import dev.atrium.shared.Pinyin;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The directory's part of the search: people, found by name, pinyin (full and initials), e-mail,
 * title and department. Whoever may browse the directory finds everyone; a guest only themselves.
 */
@Component
public class PeopleSearch implements SearchSource {

  public static final String PERSON = "person";
  private static final String EVERYONE = "people";
  private static final int PAGE = 2000;

  private final PeopleTable people;
  private final Access access;

  PeopleSearch(PeopleTable people, Access access) {
    this.people = people;
    this.access = access;
  }

  @Override
  public Set<String> kinds() {
    return Set.of(PERSON);
  }

  @Override
  public long count() {
    return people.count();
  }

  @Override
  public void each(Consumer<SearchDocument> sink) {
    UUID after = new UUID(0, 0);
    for (List<PersonRow> page = people.pageAfter(after, PAGE);
        !page.isEmpty();
        page = people.pageAfter(after, PAGE)) {
      page.forEach(person -> sink.accept(document(person)));
      after = page.getLast().id();
    }
  }

  @Override
  public Set<String> accessKeys(Subject subject) {
    return access.can(subject, Permission.DIRECTORY_BROWSE, Scope.company())
        ? Set.of(EVERYONE)
        : Set.of(self(subject.personId()));
  }

  SearchDocument document(PersonRow person) {
    String body = Stream.of(
            person.title(), person.departmentName(), person.email(), person.employeeNo())
        .filter(value -> value != null && !value.isBlank())
        .collect(Collectors.joining(" · "));
    Pinyin.Spellings pinyin = Pinyin.of(person.name());
    String extra = String.join(
        " ",
        person.name(),
        pinyin.full(),
        String.join(" ", Pinyin.tails(person.name())),
        pinyin.initials(),
        person.email().split("@")[0]);
    // people are not dated; the epoch sorts them last among dated results
    return new SearchDocument(
        PERSON,
        person.id(),
        person.name(),
        body,
        person.primaryDepartmentId(),
        null,
        Instant.EPOCH,
        Set.of(EVERYONE, self(person.id())),
        Set.of(),
        "/directory/people/" + person.id(),
        extra);
  }

  private static String self(UUID personId) {
    return "person:" + personId;
  }
}
