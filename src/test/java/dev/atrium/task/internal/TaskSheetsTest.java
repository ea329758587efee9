package dev.atrium.task.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atrium.shared.DomainException;
import dev.atrium.task.internal.TaskSheets.Line;
import dev.atrium.task.internal.TaskSheets.Problem;
import dev.atrium.task.internal.TaskSheets.When;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class TaskSheetsTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static TaskSheets.Read read(String text) {
    return TaskSheets.read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsChineseHeadersAfterAByteOrderMarkInAnyOrder() {
    TaskSheets.Read read = read("\uFEFF截止时间,标题,负责人,优先级,状态,标签,分组\n"
        + "2026/12/11,提交报销单,li@example.com；wang@example.com,高,已完成,财务、月底,待办\n");
    assertThat(read.problems()).isEmpty();
    assertThat(read.lines())
        .containsExactly(new Line(
            2,
            "提交报销单",
            "待办",
            List.of("li@example.com", "wang@example.com"),
            null,
            new When(LocalDate.of(2026, 12, 11), null),
            "HIGH",
            List.of("财务", "月底"),
            true,
            "",
            null));
  }

  @Test
  void readsTimesAndTheEnglishWordsAnExportWrites() {
    Line line = read("Title,Start,Due,Priority,State,Completed\n"
            + "\"Ship, at last\",2026-12-01 09:00,2026-12-31 17:30:00,urgent,OPEN,\n")
        .lines()
        .getFirst();
    assertThat(line.title()).isEqualTo("Ship, at last");
    assertThat(line.start())
        .isEqualTo(new When(LocalDate.of(2026, 12, 1), LocalDateTime.of(2026, 12, 1, 9, 0)));
    assertThat(line.due().time()).isEqualTo(LocalDateTime.of(2026, 12, 31, 17, 30));
    assertThat(line.priority()).isEqualTo("URGENT");
    assertThat(line.done()).isFalse();
  }

  @Test
  void reportsEveryBadCellOfEveryLineWithTheLineItIsOn() {
    TaskSheets.Read read = read("Title,Due,Priority,State\n"
        + "fine,,,\n"
        + "\"two\nlines\",2026-02-30,very,\n"
        + "bad state,,,maybe\n");
    assertThat(read.lines()).extracting(Line::line).containsExactly(2);
    assertThat(read.problems())
        .extracting(Problem::line, Problem::code)
        .containsExactly(
            // a title is one line
            Tuple.tuple(3, "task.import-text-invalid"),
            Tuple.tuple(3, "task.import-date-invalid"),
            Tuple.tuple(3, "task.import-priority-invalid"),
            Tuple.tuple(5, "task.import-state-invalid"));
    assertThat(read.refusedTitles()).containsEntry(5, "bad state");
  }

  @Test
  void aSubtaskFollowsItsParentNamingItAndReadsBackFromCsv() {
    List<TaskSheets.Row> rows =
        List.of(row("发布准备", "待办", ""), row("写\"发布\"说明，第一版", "", "发布准备"), row("回归测试", "", "发布准备"));
    byte[] csv = TaskSheets.csv(rows, Locale.SIMPLIFIED_CHINESE, SHANGHAI);
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text.lines().findFirst().orElseThrow()).endsWith(",创建时间,父任务");

    TaskSheets.Read read = TaskSheets.read(csv);
    assertThat(read.problems()).isEmpty();
    assertThat(read.lines())
        .extracting(Line::title, Line::section, Line::parent, Line::due)
        .containsExactly(
            Tuple.tuple("发布准备", "待办", null, new When(LocalDate.of(2026, 12, 31), null)),
            Tuple.tuple("写\"发布\"说明，第一版", null, "发布准备", new When(LocalDate.of(2026, 12, 31), null)),
            Tuple.tuple("回归测试", null, "发布准备", new When(LocalDate.of(2026, 12, 31), null)));
  }

  @Test
  void anXlsxExportSavedAsCsvReadsBackWithItsSubtasks() throws IOException {
    List<TaskSheets.Row> rows = List.of(row("发布准备", "待办", ""), row("回归测试", "", "发布准备"));
    byte[] xlsx = TaskSheets.xlsx(rows, Locale.SIMPLIFIED_CHINESE, SHANGHAI);
    StringBuilder csv = new StringBuilder();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(11).getStringCellValue()).isEqualTo("父任务");
      assertThat(sheet.getRow(2).getCell(11).getStringCellValue()).isEqualTo("发布准备");
      assertThat(sheet.getRow(1).getCell(11).getStringCellValue()).isEmpty();
      // what a spreadsheet's "save as CSV" writes: each cell as it shows
      DataFormatter shown = new DataFormatter(Locale.ROOT);
      for (org.apache.poi.ss.usermodel.Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
          cells.add("\"" + shown.formatCellValue(row.getCell(i)).replace("\"", "\"\"") + "\"");
        }
        csv.append(String.join(",", cells)).append('\n');
      }
    }
    TaskSheets.Read read = read(csv.toString());
    assertThat(read.problems()).isEmpty();
    assertThat(read.lines())
        .extracting(Line::title, Line::parent, Line::due)
        .containsExactly(
            Tuple.tuple("发布准备", null, new When(LocalDate.of(2026, 12, 31), null)),
            Tuple.tuple("回归测试", "发布准备", new When(LocalDate.of(2026, 12, 31), null)));
  }

  private static TaskSheets.Row row(String title, String section, String parent) {
    return new TaskSheets.Row(
        title,
        section,
        List.of(),
        null,
        LocalDate.of(2026, 12, 31).atStartOfDay(SHANGHAI).toInstant(),
        true,
        "NONE",
        List.of(),
        false,
        "",
        null,
        Instant.parse("2026-12-01T01:00:00Z"),
        parent);
  }

  @Test
  void refusesAFileWithoutATitleColumnOrInAnotherEncoding() {
    assertThatThrownBy(() -> read("Name,Due\nx,\n"))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("task.import-columns");
    assertThatThrownBy(() -> read(""))
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("task.import-columns");
    byte[] gbk = "标题\n任务\n".getBytes(java.nio.charset.Charset.forName("GBK"));
    assertThatThrownBy(() -> TaskSheets.read(gbk))
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("task.import-encoding");
  }

  @Test
  void refusesMoreLinesThanAnImportTakes() {
    String file = "Title\n" + "t\n".repeat(TaskSheets.MAX_ROWS + 1);
    assertThatThrownBy(() -> read(file))
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("task.import-too-many-rows");
    assertThat(read("Title\n" + "t\n".repeat(TaskSheets.MAX_ROWS)).lines())
        .hasSize(TaskSheets.MAX_ROWS);
  }
}
