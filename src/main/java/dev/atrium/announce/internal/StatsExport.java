package dev.atrium.announce.internal;

import dev.atrium.announce.ExportFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes the statistics' list of recipients as a file a person opens in a spreadsheet: CSV in UTF-8
 * with a byte order mark (without it Excel reads the bytes as the system's code page and Chinese
 * names come out garbled), or XLSX with real date cells, written row by row (POI's streaming
 * workbook keeps 100 rows in memory, whatever the audience's size).
 */
@Component
public class StatsExport {

  /** A recipient as a line of the file: named from the directory, placed where it was delivered. */
  public record Line(String name, String email, @Nullable String department, RecipientRow row) {}

  private static final DateTimeFormatter CSV_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  public byte[] csv(List<Line> lines, boolean mustRead, Locale locale, ZoneId zone) {
    Words words = Words.of(locale);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
      writer.write('\uFEFF');
      csv.printRecord(words.headers());
      for (Line line : lines) {
        RecipientRow row = line.row();
        csv.printRecord(
            line.name(),
            line.email(),
            line.department() == null ? "" : line.department(),
            time(row.deliveredAt(), zone),
            time(row.openedAt(), zone),
            words.device(row.openedDevice()),
            time(row.confirmed() ? row.confirmedAt() : null, zone),
            words.state(row, mustRead));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public byte[] xlsx(List<Line> lines, boolean mustRead, Locale locale, ZoneId zone) {
    Words words = Words.of(locale);
    SXSSFWorkbook book = new SXSSFWorkbook(100);
    try {
      Sheet sheet = book.createSheet(words.sheet());
      CellStyle dates = book.createCellStyle();
      dates.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
      Row header = sheet.createRow(0);
      List<String> headers = words.headers();
      for (int i = 0; i < headers.size(); i++) {
        header.createCell(i).setCellValue(headers.get(i));
      }
      int r = 1;
      for (Line line : lines) {
        RecipientRow row = line.row();
        Row out = sheet.createRow(r++);
        out.createCell(0).setCellValue(line.name());
        out.createCell(1).setCellValue(line.email());
        out.createCell(2).setCellValue(line.department() == null ? "" : line.department());
        date(out.createCell(3), row.deliveredAt(), zone, dates);
        date(out.createCell(4), row.openedAt(), zone, dates);
        out.createCell(5).setCellValue(words.device(row.openedDevice()));
        date(out.createCell(6), row.confirmed() ? row.confirmedAt() : null, zone, dates);
        out.createCell(7).setCellValue(words.state(row, mustRead));
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

  /** The announcement's title as the file's name, without what a file system refuses. */
  public static String fileName(String title, Locale locale, ExportFormat format) {
    String safe = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
    if (safe.length() > 80) {
      safe = safe.substring(0, 80).strip();
    }
    String suffix = Words.of(locale).fileSuffix();
    return (safe.isEmpty() ? suffix : safe + " - " + suffix) + "." + format.extension();
  }

  private static String time(@Nullable Instant at, ZoneId zone) {
    return at == null ? "" : CSV_TIME.format(at.atZone(zone));
  }

  private static void date(Cell cell, @Nullable Instant at, ZoneId zone, CellStyle style) {
    if (at != null) {
      cell.setCellValue(LocalDateTime.ofInstant(at, zone));
      cell.setCellStyle(style);
    }
  }

  /** The file's words in the reader's language: Chinese for a Chinese locale, else English. */
  private record Words(
      List<String> headers,
      String sheet,
      String fileSuffix,
      String desktop,
      String phone,
      String unopened,
      String opened,
      String confirmed,
      String unconfirmed) {

    static final Words ZH = new Words(
        List.of("姓名", "邮箱", "部门", "送达时间", "阅读时间", "阅读设备", "确认时间", "状态"),
        "阅读统计",
        "阅读统计",
        "电脑",
        "手机",
        "未读",
        "已读",
        "已确认",
        "已读未确认");

    static final Words EN = new Words(
        List.of(
            "Name",
            "E-mail",
            "Department",
            "Delivered",
            "Opened",
            "Opened on",
            "Confirmed",
            "State"),
        "Receipts",
        "receipts",
        "Desktop",
        "Phone",
        "Not opened",
        "Opened",
        "Confirmed",
        "Opened, not confirmed");

    static Words of(Locale locale) {
      return locale.getLanguage().equals("zh") ? ZH : EN;
    }

    String device(@Nullable String device) {
      if (device == null) {
        return "";
      }
      return device.equals("PHONE") ? phone : desktop;
    }

    String state(RecipientRow row, boolean mustRead) {
      if (row.openedAt() == null) {
        return unopened;
      }
      if (!mustRead) {
        return opened;
      }
      return row.confirmed() ? confirmed : unconfirmed;
    }
  }
}
