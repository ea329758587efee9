package dev.atrium.files;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Files for upload tests: real images, a PNG that declares a vast image in a few bytes, and real
 * documents (PDF, Word, Excel, PowerPoint) made with the PDFBox and POI that come with Tika.
 */
public final class TestFiles {

  private TestFiles() {}

  public static byte[] png(int width, int height) {
    var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(new Color(0x2f, 0x6f, 0xd0));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.ORANGE);
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A valid PNG header declaring {@code side}×{@code side} pixels; its data is a few bytes. */
  public static byte[] pngBomb(int side) {
    var out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    ByteBuffer ihdr = ByteBuffer.allocate(13)
        .putInt(side)
        .putInt(side)
        .put((byte) 1)
        .put((byte) 0)
        .put((byte) 0)
        .put((byte) 0)
        .put((byte) 0);
    chunk(out, "IHDR", ihdr.array());
    var deflater = new Deflater();
    deflater.setInput(new byte[1024]);
    deflater.finish();
    byte[] compressed = new byte[1024];
    int n = deflater.deflate(compressed);
    chunk(out, "IDAT", java.util.Arrays.copyOf(compressed, n));
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(typeBytes);
    out.writeBytes(data);
    var crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  /** A one-page PDF with a line per string, in Helvetica (so Latin text only). */
  public static byte[] pdf(String... lines) {
    try (var document = new PDDocument();
        var out = new ByteArrayOutputStream()) {
      var page = new PDPage();
      document.addPage(page);
      try (var content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.setLeading(16);
        content.newLineAtOffset(72, 720);
        for (String line : lines) {
          content.showText(line);
          content.newLine();
        }
        content.endText();
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A Word document with a paragraph per string. */
  public static byte[] docx(String... paragraphs) {
    try (var document = new XWPFDocument();
        var out = new ByteArrayOutputStream()) {
      for (String paragraph : paragraphs) {
        document.createParagraph().createRun().setText(paragraph);
      }
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An Excel workbook (.xlsx) with one sheet, a row per string. */
  public static byte[] xlsx(String sheet, String... rows) {
    return workbook(new XSSFWorkbook(), sheet, rows);
  }

  /** An Excel 97 workbook (.xls), the binary format before OOXML. */
  public static byte[] xls(String sheet, String... rows) {
    return workbook(new HSSFWorkbook(), sheet, rows);
  }

  /** A PowerPoint deck with a slide per string, each in a text box. */
  public static byte[] pptx(String... slides) {
    try (var deck = new XMLSlideShow();
        var out = new ByteArrayOutputStream()) {
      for (String text : slides) {
        var box = deck.createSlide().createTextBox();
        box.setAnchor(new java.awt.Rectangle(50, 50, 600, 300));
        box.setText(text);
      }
      deck.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] workbook(Workbook workbook, String sheet, String... rows) {
    try (workbook;
        var out = new ByteArrayOutputStream()) {
      var s = workbook.createSheet(sheet);
      for (int i = 0; i < rows.length; i++) {
        s.createRow(i).createCell(0).setCellValue(rows[i]);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
