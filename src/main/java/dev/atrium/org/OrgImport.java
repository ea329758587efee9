package dev.atrium.org;

import dev.atrium.access.Access;
import dev.atrium.access.Permission;
import dev.atrium.access.Scope;
import dev.atrium.access.Subject;
import dev.atrium.org.internal.DepartmentRow;
import dev.atrium.org.internal.DepartmentsTable;
import dev.atrium.org.internal.PeopleTable;
import dev.atrium.org.internal.PersonFields;
import dev.atrium.org.internal.PersonRow;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Text;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Imports an org chart from a UTF-8 CSV file with the header
 * {@code name,email,department,title,phone,employee_no,manager_email}.
 *
 * <p>{@code department} is a path below the company such as {@code 研发部/平台组} (a leading
 * company name is allowed); missing departments are created. A known e-mail address updates that
 * person, and an empty optional cell leaves their value as it is. {@code manager_email} makes the
 * manager the head of the row's department when the manager belongs to that department (primary
 * or secondary) once the file is applied; otherwise it changes nothing.
 *
 * <p>Every line is checked before anything is written. A real run with any problem stores nothing;
 * a valid one applies the whole file in one transaction. A dry run applies the valid lines inside a
 * transaction that is rolled back, so its counts are exactly what a real run would do; the events
 * it publishes roll back with it.
 */
@Service
public class OrgImport {

  public static final int MAX_BYTES = 5 * 1024 * 1024;
  public static final int MAX_ROWS = 10_000;

  private static final List<String> REQUIRED_COLUMNS = List.of("name", "email", "department");
  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
  private static final Map<String, Integer> MAX_LENGTH = Map.of(
      "name",
      100,
      "email",
      254,
      "department",
      1000,
      "title",
      100,
      "phone",
      40,
      "employee_no",
      40,
      "manager_email",
      254);

  private final Access access;
  private final OrgAdministration administration;
  private final DepartmentsTable departments;
  private final PeopleTable people;
  private final ApplicationEventPublisher events;

  OrgImport(
      Access access,
      OrgAdministration administration,
      DepartmentsTable departments,
      PeopleTable people,
      ApplicationEventPublisher events) {
    this.access = access;
    this.administration = administration;
    this.departments = departments;
    this.people = people;
    this.events = events;
  }

  /**
   * One data line of the file, its cells trimmed and cleaned by {@link Text#name}, empty cells as
   * null; {@code refused} holds why the rule refused a column's cell.
   */
  private record Row(int line, Map<String, @Nullable String> cells, Map<String, String> refused) {
    @Nullable
    String get(String column) {
      return cells.get(column);
    }
  }

  @Transactional
  public ImportReport run(Subject subject, byte[] file, boolean dryRun) {
    access.check(subject, Permission.ORG_IMPORT, Scope.company());
    if (file.length > MAX_BYTES) {
      throw new DomainException(
          HttpStatus.CONTENT_TOO_LARGE,
          "org.import-too-large",
          "The file is larger than " + MAX_BYTES / (1024 * 1024) + " MB.",
          Map.of("maxBytes", MAX_BYTES));
    }
    List<Row> rows = parse(decode(file));
    List<ImportError> errors = validate(rows);
    if (!errors.isEmpty() && !dryRun) {
      throw new DomainException(
          HttpStatus.BAD_REQUEST,
          "org.import-invalid",
          "The file has " + errors.size() + " problem(s); nothing was imported.",
          Map.of("errors", errors));
    }
    Set<Integer> badLines = new HashSet<>();
    errors.forEach(e -> badLines.add(e.line()));
    Applied applied = apply(
        subject, rows.stream().filter(row -> !badLines.contains(row.line())).toList());
    if (dryRun) {
      TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
    } else {
      events.publishEvent(new OrgImported(
          rows.size(),
          applied.departments().size(),
          applied.created().size(),
          applied.updated().size(),
          applied.departments(),
          applied.created(),
          applied.updated(),
          applied.moved()));
    }
    return new ImportReport(
        !dryRun,
        rows.size(),
        applied.departments().size(),
        applied.created().size(),
        applied.updated().size(),
        errors);
  }

  private static String decode(byte[] file) {
    try {
      String text = StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(file))
          .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw DomainException.badRequest(
          "org.import-encoding", "The file is not UTF-8 text; save it as CSV UTF-8.");
    }
  }

  private static List<Row> parse(String text) {
    CSVFormat format = CSVFormat.DEFAULT
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true)
        .setTrim(true)
        .get();
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> header =
          parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
      List<String> missing =
          REQUIRED_COLUMNS.stream().filter(c -> !header.contains(c)).toList();
      if (!missing.isEmpty()) {
        throw new DomainException(
            HttpStatus.BAD_REQUEST,
            "org.import-header",
            "The header row lacks the column(s) " + String.join(", ", missing) + ".",
            Map.of("missing", missing));
      }
      for (CSVRecord record : parser) {
        if (rows.size() == MAX_ROWS) {
          throw new DomainException(
              HttpStatus.BAD_REQUEST,
              "org.import-too-many-rows",
              "The file has more than " + MAX_ROWS + " rows.",
              Map.of("maxRows", MAX_ROWS));
        }
        Map<String, @Nullable String> cells = new HashMap<>();
        Map<String, String> refused = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          String value = i < record.size() ? record.get(i) : "";
          try {
            value = Text.name(value).strip();
          } catch (Text.Refused e) {
            refused.put(header.get(i), e.getMessage());
          }
          cells.put(header.get(i), value.isEmpty() ? null : value);
        }
        rows.add(new Row((int) parser.getCurrentLineNumber(), cells, refused));
      }
    } catch (IOException
        | UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      throw DomainException.badRequest(
          "org.import-malformed",
          "The file is not well-formed CSV with one header row (check quotes and duplicate columns).");
    }
    return rows;
  }

  private List<ImportError> validate(List<Row> rows) {
    List<ImportError> errors = new ArrayList<>();
    Set<String> emails = new HashSet<>();
    Map<String, String> employeeNos = new HashMap<>();
    for (Row row : rows) {
      String email = row.get("email");
      if (email != null) {
        emails.add(email.toLowerCase(Locale.ROOT));
      }
    }
    Set<String> seen = new HashSet<>();
    for (Row row : rows) {
      int before = errors.size();
      // before any look-up: PostgreSQL refuses text holding NUL, which would fail the whole request
      row.refused()
          .forEach((column, reason) ->
              errors.add(new ImportError(row.line(), column, "characters", reason)));
      MAX_LENGTH.forEach((column, max) -> {
        String value = row.get(column);
        if (value != null && value.length() > max) {
          errors.add(
              new ImportError(row.line(), column, "size", "Longer than " + max + " characters."));
        }
      });
      if (errors.size() > before) {
        continue;
      }
      if (row.get("name") == null) {
        errors.add(new ImportError(row.line(), "name", "required", "A name is required."));
      }
      String email = row.get("email");
      if (email == null) {
        errors.add(
            new ImportError(row.line(), "email", "required", "An e-mail address is required."));
      } else if (!EMAIL.matcher(email).matches()) {
        errors.add(new ImportError(row.line(), "email", "email", "Not an e-mail address."));
      } else if (!seen.add(email.toLowerCase(Locale.ROOT))) {
        errors.add(new ImportError(
            row.line(), "email", "duplicate", "This e-mail address is on an earlier line too."));
      }
      String department = row.get("department");
      if (department == null) {
        errors.add(new ImportError(
            row.line(), "department", "required", "A department path is required."));
      } else if (segments(department).stream().anyMatch(s -> s.isEmpty() || s.length() > 100)) {
        errors.add(new ImportError(
            row.line(),
            "department",
            "department",
            "Each part of the path needs a name of 1 to 100 characters, separated by /."));
      }
      String employeeNo = row.get("employee_no");
      if (employeeNo != null && email != null) {
        String holder = employeeNos.putIfAbsent(employeeNo, email.toLowerCase(Locale.ROOT));
        boolean takenInFile = holder != null && !holder.equals(email.toLowerCase(Locale.ROOT));
        boolean takenInDatabase = !takenInFile
            && people
                .findByEmail(email)
                .map(p -> people.employeeNoTaken(employeeNo, p.id()))
                .orElseGet(() -> people.employeeNoTaken(employeeNo, null));
        if (takenInFile || takenInDatabase) {
          errors.add(new ImportError(
              row.line(), "employee_no", "duplicate", "Someone else has this employee number."));
        }
      }
      String manager = row.get("manager_email");
      if (manager != null
          && !emails.contains(manager.toLowerCase(Locale.ROOT))
          && people.findByEmail(manager).isEmpty()) {
        errors.add(new ImportError(
            row.line(),
            "manager_email",
            "unknown-manager",
            "Nobody with this e-mail address is in the file or the directory."));
      }
    }
    return errors;
  }

  /**
   * What applying the rows did: the departments and people made (in the order made), the people
   * already there who changed, and those of them whose primary department changed.
   */
  private record Applied(
      List<UUID> departments, List<UUID> created, List<UUID> updated, List<UUID> moved) {}

  private Applied apply(Subject subject, List<Row> rows) {
    DepartmentRow root = departments
        .root()
        .orElseThrow(() -> new IllegalStateException("The organisation has no root department"));
    Map<String, DepartmentRow> resolved = new HashMap<>();
    List<UUID> madeDepartments = new ArrayList<>();
    List<UUID> created = new ArrayList<>();
    List<UUID> moved = new ArrayList<>();
    List<UUID> updated = new ArrayList<>();
    Map<Row, DepartmentRow> departmentOf = new HashMap<>();
    for (Row row : rows) {
      DepartmentRow department =
          resolve(root, segments(String.valueOf(row.get("department"))), resolved, madeDepartments);
      departmentOf.put(row, department);
      String email = String.valueOf(row.get("email"));
      Optional<PersonRow> existing = people.findByEmail(email);
      if (existing.isPresent()) {
        PersonRow current = existing.get();
        // an import edits people as an administrator would, so it obeys the same power ordering
        access.checkOnPerson(subject, Permission.ORG_IMPORT, Scope.company(), current.id());
        PersonFields fields = new PersonFields(
            String.valueOf(row.get("name")),
            current.email(),
            orElse(row.get("phone"), current.phone()),
            orElse(row.get("employee_no"), current.employeeNo()),
            orElse(row.get("title"), current.title()),
            department.id());
        if (administration.changePerson(current, fields, true)) {
          updated.add(current.id());
          if (!department.id().equals(current.primaryDepartmentId())) {
            moved.add(current.id());
          }
        }
      } else {
        created.add(administration.insertPerson(
            new PersonFields(
                String.valueOf(row.get("name")),
                email,
                row.get("phone"),
                row.get("employee_no"),
                row.get("title"),
                department.id()),
            false,
            true));
      }
    }
    for (Row row : rows) {
      String managerEmail = row.get("manager_email");
      if (managerEmail == null) {
        continue;
      }
      DepartmentRow department = administration.department(
          Objects.requireNonNull(departmentOf.get(row)).id());
      people
          .findByEmail(managerEmail)
          .filter(manager -> people.belongsTo(manager.id(), department.id()))
          .ifPresent(manager -> administration.assignHead(
              department.id(), department.name(), department.headId(), manager.id()));
    }
    return new Applied(madeDepartments, created, updated, moved);
  }

  /** Finds or creates the department at the path below the root; a leading company name is the root itself. */
  private DepartmentRow resolve(
      DepartmentRow root, List<String> path, Map<String, DepartmentRow> resolved, List<UUID> made) {
    List<String> below = !path.isEmpty() && path.getFirst().equals(root.name())
        ? path.subList(1, path.size())
        : path;
    DepartmentRow current = root;
    for (int i = 0; i < below.size(); i++) {
      String key = String.join("/", below.subList(0, i + 1));
      DepartmentRow parent = current;
      String name = below.get(i);
      current = resolved.computeIfAbsent(
          key,
          k -> departments.child(parent.id(), name).orElseGet(() -> {
            DepartmentRow department = administration.insertDepartment(parent, name, true);
            made.add(department.id());
            return department;
          }));
    }
    return current;
  }

  private static List<String> segments(String path) {
    return Arrays.stream(path.split("/", -1)).map(String::strip).toList();
  }

  private static @Nullable String orElse(@Nullable String value, @Nullable String fallback) {
    return value == null ? fallback : value;
  }
}
