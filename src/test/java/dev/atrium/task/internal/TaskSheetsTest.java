package dev.atrium.task.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atrium.shared.DomainException;
import dev.atrium.task.internal.TaskSheets.Line;
import dev.atrium.task.internal.TaskSheets.Problem;
import dev.atrium.task.internal.TaskSheets.When;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class TaskSheetsTest {

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
            ""));
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
