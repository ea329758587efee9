package dev.atrium.task.internal;

import dev.atrium.shared.DomainException;
import dev.atrium.shared.Text;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * A project's tasks as a spreadsheet: the columns an export writes (CSV or XLSX) and an import reads
 * (CSV). Headers are
 * recognised in English and Chinese, in any order and case; columns it does not know (what an
 * export adds for people to read, such as who completed a task) are skipped. Reading checks each
 * cell's form and reports every bad cell by line; whether a line makes a valid task is for the
 * import to find out by making it.
 */
public final class TaskSheets {

  /** The most data lines one import takes. */
  public static final int MAX_ROWS = 2000;
  /** The largest file, in bytes. */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  /** The columns, each with its English and Chinese header (the first of each is what an export writes). */
  enum Column {
    TITLE("Title", "标题", "任务", "任务名称"),
    SECTION("Section", "分组", "分区"),
    ASSIGNEES("Assignees", "负责人"),
    START("Start", "开始时间", "开始日期"),
    DUE("Due", "截止时间", "截止日期"),
    PRIORITY("Priority", "优先级"),
    TAGS("Tags", "标签"),
    STATE("State", "状态"),
    DESCRIPTION("Description", "描述"),
    COMPLETED("Completed", "完成时间"),
    CREATED("Created", "创建时间"),
    PARENT("Parent", "父任务", "上级任务");

    final String english;
    final String chinese;
    private final List<String> names;

    Column(String english, String chinese, String... others) {
      this.english = english;
      this.chinese = chinese;
      List<String> all = new ArrayList<>(List.of(english, chinese));
      all.addAll(Arrays.asList(others));
      this.names = all.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    String header(Locale locale) {
      return locale.getLanguage().equals("zh") ? chinese : english;
    }

    static Optional<Column> named(String header) {
      String name = header.strip().toLowerCase(Locale.ROOT);
      return Arrays.stream(values()).filter(c -> c.names.contains(name)).findFirst();
    }
  }

  /** A date cell: a day ({@code time} null, an all-day date) or a day and a time, both local. */
  public record When(LocalDate day, @Nullable LocalDateTime time) {}

  /**
   * One data line as read; {@code line} counts from 1 for the header. {@code parent}: the title of
   * the top-level task above it in the file whose subtask it is, or null for a top-level task.
   */
  public record Line(
      int line,
      String title,
      @Nullable String section,
      List<String> assignees,
      @Nullable When start,
      @Nullable When due,
      String priority,
      List<String> tags,
      boolean done,
      String description,
      @Nullable String parent) {}

  /** A problem with one line ({@code line} 1 is the header). */
  public record Problem(int line, String code, String message) {}

  /**
   * What a file holds: its good lines, the problems of the others, and the titles of the top-level
   * lines among those others by line, so a subtask naming one is not told its parent is missing.
   */
  public record Read(
      List<Line> lines, List<Problem> problems, SortedMap<Integer, String> refusedTitles) {}

  static final List<String> PRIORITIES = List.of("NONE", "LOW", "MEDIUM", "HIGH", "URGENT");
  private static final Map<String, String> PRIORITY_WORDS =
      Map.of("无", "NONE", "低", "LOW", "中", "MEDIUM", "高", "HIGH", "紧急", "URGENT");
  private static final Map<String, Boolean> STATE_WORDS =
      Map.of("open", false, "未完成", false, "done", true, "已完成", true, "completed", true);

  private static final DateTimeFormatter DAY = new DateTimeFormatterBuilder()
      .appendValue(ChronoField.YEAR, 4)
      .appendLiteral('-')
      .appendValue(ChronoField.MONTH_OF_YEAR, 1, 2, java.time.format.SignStyle.NOT_NEGATIVE)
      .appendLiteral('-')
      .appendValue(ChronoField.DAY_OF_MONTH, 1, 2, java.time.format.SignStyle.NOT_NEGATIVE)
      .optionalStart()
      .appendLiteral(' ')
      .appendValue(ChronoField.HOUR_OF_DAY, 1, 2, java.time.format.SignStyle.NOT_NEGATIVE)
      .appendLiteral(':')
      .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .optionalStart()
      .appendLiteral(':')
      .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
      .optionalEnd()
      .optionalEnd()
      .toFormatter(Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT)
      .withChronology(java.time.chrono.IsoChronology.INSTANCE);

  /** The formats of an export. */
  public enum Format {
    CSV("text/csv;charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    Format(String contentType, String extension) {
      this.contentType = contentType;
      this.extension = extension;
    }

    public String contentType() {
      return contentType;
    }

    /** csv or xlsx, in any case; 400 {@code task.export-format-invalid} otherwise. */
    public static Format of(String format) {
      try {
        return valueOf(format.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw DomainException.badRequest("task.export-format-invalid", "format is csv or xlsx.");
      }
    }
  }

  /**
   * One task as a line of an export; {@code parent} is its parent's title for a subtask (written
   * right after its parent), empty for a top-level task.
   */
  public record Row(
      String title,
      String section,
      List<String> assignees,
      @Nullable Instant start,
      @Nullable Instant due,
      boolean allDay,
      String priority,
      List<String> tags,
      boolean done,
      String description,
      @Nullable Instant completed,
      Instant created,
      String parent) {}

  private static final List<Column> EXPORTED = List.of(
      Column.TITLE,
      Column.SECTION,
      Column.ASSIGNEES,
      Column.START,
      Column.DUE,
      Column.PRIORITY,
      Column.TAGS,
      Column.STATE,
      Column.DESCRIPTION,
      Column.COMPLETED,
      Column.CREATED,
      Column.PARENT);
  private static final DateTimeFormatter DAY_OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter TIME_OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private TaskSheets() {}

  /**
   * CSV in UTF-8 with a byte order mark: without it Excel reads the bytes in the system's code page
   * and Chinese comes out garbled. Dates as the import reads them, in {@code zone}.
   */
  public static byte[] csv(List<Row> rows, Locale locale, ZoneId zone) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
      writer.write('\uFEFF');
      csv.printRecord(EXPORTED.stream().map(c -> c.header(locale)).toList());
      for (Row row : rows) {
        csv.printRecord(
            row.title(),
            row.section(),
            String.join("; ", row.assignees()),
            date(row.start(), row.allDay(), zone),
            date(row.due(), row.allDay(), zone),
            row.priority(),
            String.join("; ", row.tags()),
            row.done() ? "DONE" : "OPEN",
            row.description(),
            date(row.completed(), false, zone),
            date(row.created(), false, zone),
            row.parent());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** XLSX with real date cells, written row by row (POI's streaming workbook keeps 100 in memory). */
  public static byte[] xlsx(List<Row> rows, Locale locale, ZoneId zone) {
    SXSSFWorkbook book = new SXSSFWorkbook(100);
    try {
      Sheet sheet = book.createSheet(locale.getLanguage().equals("zh") ? "任务" : "Tasks");
      CellStyle days = book.createCellStyle();
      days.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
      CellStyle times = book.createCellStyle();
      times.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
      org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
      for (int i = 0; i < EXPORTED.size(); i++) {
        header.createCell(i).setCellValue(EXPORTED.get(i).header(locale));
      }
      int r = 1;
      for (Row row : rows) {
        org.apache.poi.ss.usermodel.Row out = sheet.createRow(r++);
        out.createCell(0).setCellValue(row.title());
        out.createCell(1).setCellValue(row.section());
        out.createCell(2).setCellValue(String.join("; ", row.assignees()));
        date(out.createCell(3), row.start(), zone, row.allDay() ? days : times);
        date(out.createCell(4), row.due(), zone, row.allDay() ? days : times);
        out.createCell(5).setCellValue(row.priority());
        out.createCell(6).setCellValue(String.join("; ", row.tags()));
        out.createCell(7).setCellValue(row.done() ? "DONE" : "OPEN");
        out.createCell(8).setCellValue(row.description());
        date(out.createCell(9), row.completed(), zone, times);
        date(out.createCell(10), row.created(), zone, times);
        out.createCell(11).setCellValue(row.parent());
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      book.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      // the streaming workbook keeps its rows in temporary files until told to drop them
      book.dispose();
    }
  }

  /** The project's name as the file's name, without what a file system refuses. */
  public static String fileName(String project, Format format) {
    String safe = project.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
    if (safe.length() > 80) {
      safe = safe.substring(0, 80).strip();
    }
    return (safe.isEmpty() ? "tasks" : safe) + "." + format.extension;
  }

  /** A date cell's instant: a day starts at midnight in {@code zone}, a time is read there. */
  public static @Nullable Instant instant(@Nullable When when, ZoneId zone) {
    if (when == null) {
      return null;
    }
    return when.time() == null
        ? when.day().atStartOfDay(zone).toInstant()
        : when.time().atZone(zone).toInstant();
  }

  private static String date(@Nullable Instant at, boolean day, ZoneId zone) {
    if (at == null) {
      return "";
    }
    return (day ? DAY_OUT : TIME_OUT).format(at.atZone(zone));
  }

  private static void date(Cell cell, @Nullable Instant at, ZoneId zone, CellStyle style) {
    if (at != null) {
      cell.setCellValue(LocalDateTime.ofInstant(at, zone));
      cell.setCellStyle(style);
    }
  }

  /**
   * Reads a file: UTF-8, with or without a byte order mark. Refuses the whole file (problem+json,
   * no lines) when it is too large, not UTF-8, has no title column or too many lines.
   */
  public static Read read(byte[] file) {
    if (file.length > MAX_BYTES) {
      throw new DomainException(
          HttpStatus.CONTENT_TOO_LARGE,
          "task.import-too-large",
          "The file is larger than " + MAX_BYTES / (1024 * 1024) + " MB.",
          Map.of("maxBytes", MAX_BYTES));
    }
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
    List<Line> lines = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    SortedMap<Integer, String> refusedTitles = new TreeMap<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(decode(file)), format)) {
      Map<Integer, Column> columns = new HashMap<>();
      long lastLine = 0;
      boolean header = true;
      int rows = 0;
      for (CSVRecord record : parser) {
        int line = (int) lastLine + 1;
        lastLine = parser.getCurrentLineNumber();
        if (header) {
          header = false;
          for (int i = 0; i < record.size(); i++) {
            int at = i;
            Column.named(record.get(i)).ifPresent(c -> columns.putIfAbsent(at, c));
          }
          if (!columns.containsValue(Column.TITLE)) {
            throw new DomainException(
                HttpStatus.BAD_REQUEST,
                "task.import-columns",
                "The first line names the columns, and one of them is Title (标题).",
                Map.of("line", 1));
          }
          continue;
        }
        if (++rows > MAX_ROWS) {
          throw new DomainException(
              HttpStatus.BAD_REQUEST,
              "task.import-too-many-rows",
              "The file has more than " + MAX_ROWS + " tasks.",
              Map.of("maxRows", MAX_ROWS));
        }
        Map<Column, String> cells = new HashMap<>();
        columns.forEach((i, column) -> cells.put(column, i < record.size() ? record.get(i) : ""));
        Optional<Line> read = line(line, cells, problems);
        read.ifPresent(lines::add);
        String title = cell(cells, Column.TITLE).strip();
        if (read.isEmpty() && cell(cells, Column.PARENT).isBlank() && !title.isEmpty()) {
          refusedTitles.put(line, title);
        }
      }
      if (header) {
        throw new DomainException(
            HttpStatus.BAD_REQUEST,
            "task.import-columns",
            "The first line names the columns, and one of them is Title (标题).",
            Map.of("line", 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UncheckedIOException | IllegalStateException e) {
      throw DomainException.badRequest(
          "task.import-malformed", "The file is not CSV: " + e.getMessage());
    }
    return new Read(lines, problems, refusedTitles);
  }

  /** The line's task, or empty with what is wrong with each of its bad cells added to {@code problems}. */
  private static Optional<Line> line(int line, Map<Column, String> cells, List<Problem> problems) {
    int before = problems.size();
    String title = text(line, cells, Column.TITLE, problems);
    String section = text(line, cells, Column.SECTION, problems);
    String parent = text(line, cells, Column.PARENT, problems);
    String description = "";
    try {
      description = Text.verbatim(cell(cells, Column.DESCRIPTION));
    } catch (Text.Refused e) {
      problems.add(new Problem(line, "task.import-text-invalid", "Description: " + e.getMessage()));
    }
    When start = date(line, cells, Column.START, problems);
    When due = date(line, cells, Column.DUE, problems);
    String priority = "NONE";
    try {
      priority = priority(cell(cells, Column.PRIORITY));
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(
          line,
          "task.import-priority-invalid",
          "Priority: \"" + cell(cells, Column.PRIORITY) + "\" is none of "
              + String.join(", ", PRIORITIES) + "."));
    }
    boolean done = false;
    try {
      done = done(cell(cells, Column.STATE));
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(
          line,
          "task.import-state-invalid",
          "State: \"" + cell(cells, Column.STATE) + "\" is neither OPEN nor DONE."));
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Line(
        line,
        title,
        section.isBlank() ? null : section,
        list(cell(cells, Column.ASSIGNEES)),
        start,
        due,
        priority,
        list(cell(cells, Column.TAGS)),
        done,
        description,
        parent.isBlank() ? null : parent));
  }

  private static String text(
      int line, Map<Column, String> cells, Column column, List<Problem> problems) {
    try {
      return Text.name(cell(cells, column)).strip();
    } catch (Text.Refused e) {
      problems.add(
          new Problem(line, "task.import-text-invalid", column.english + ": " + e.getMessage()));
      return "";
    }
  }

  private static @Nullable When date(
      int line, Map<Column, String> cells, Column column, List<Problem> problems) {
    try {
      return when(cell(cells, column));
    } catch (DateTimeException e) {
      problems.add(new Problem(
          line,
          "task.import-date-invalid",
          column.english + ": \"" + cell(cells, column)
              + "\" is not a date like 2026-12-31 or 2026-12-31 17:00."));
      return null;
    }
  }

  private static String cell(Map<Column, String> cells, Column column) {
    return cells.getOrDefault(column, "");
  }

  /** Names, addresses or tags separated by commas, semicolons or the Chinese enumeration comma. */
  static List<String> list(String cell) {
    return Arrays.stream(cell.split("[,;，；、\\n]"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .distinct()
        .toList();
  }

  static @Nullable When when(String cell) {
    if (cell.isBlank()) {
      return null;
    }
    var parsed = DAY.parse(cell.strip().replace('/', '-'));
    LocalDate day = LocalDate.from(parsed);
    return parsed.isSupported(ChronoField.HOUR_OF_DAY)
        ? new When(day, LocalDateTime.from(parsed))
        : new When(day, null);
  }

  static String priority(String cell) {
    if (cell.isBlank()) {
      return "NONE";
    }
    String word = cell.strip();
    String upper = word.toUpperCase(Locale.ROOT);
    if (PRIORITIES.contains(upper)) {
      return upper;
    }
    String chinese = PRIORITY_WORDS.get(word);
    if (chinese == null) {
      throw new IllegalArgumentException(word);
    }
    return chinese;
  }

  static boolean done(String cell) {
    if (cell.isBlank()) {
      return false;
    }
    Boolean done = STATE_WORDS.get(cell.strip().toLowerCase(Locale.ROOT));
    if (done == null) {
      throw new IllegalArgumentException(cell);
    }
    return done;
  }

  /** The file as text: UTF-8 (what Excel's "CSV UTF-8" writes), its byte order mark dropped. */
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
          "task.import-encoding", "The file is not UTF-8 text; save it as CSV UTF-8.");
    }
  }
}
