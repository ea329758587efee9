package dev.atrium.files.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.files.TestFiles;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The extractor's limits and normalisation, on files in a temporary directory. */
class TextExtractorTest {

  @TempDir
  Path dir;

  @Test
  void everyRunOfWhitespaceBecomesOneSpaceAndControlCharactersGo() throws IOException {
    Path file = write("  第一行\r\n\r\n\t第二行 \u3000\u00a0 end\u0007  \n");
    Extraction extraction =
        extractor(200_000, Duration.ofSeconds(15)).extract(file, Files.size(file), "text/plain");
    assertThat(extraction).isEqualTo(Extraction.ok("第一行 第二行 end"));
  }

  @Test
  void textPastTheLimitIsCutOff() throws IOException {
    Path file = write("abcdefghij klmnop ".repeat(100));
    Extraction extraction =
        extractor(12, Duration.ofSeconds(15)).extract(file, Files.size(file), "text/markdown");
    assertThat(extraction).isEqualTo(Extraction.ok("abcdefghij k"));
  }

  @Test
  void aParseLongerThanTheTimeoutIsGivenUp() throws Exception {
    // a pipe nobody writes to: the parse cannot finish, however fast the machine or slow the test
    // thread
    Path file = dir.resolve("never.pdf");
    assertThat(new ProcessBuilder("mkfifo", file.toString()).start().waitFor()).isZero();
    Extraction extraction =
        extractor(200_000, Duration.ofMillis(200)).extract(file, 1000, "application/pdf");
    assertThat(extraction).isEqualTo(Extraction.not(Extraction.Status.TIMEOUT));
    // let the abandoned parse end: it reads an empty document and fails
    Files.newOutputStream(file).close();
  }

  @Test
  void anExcel97WorkbookIsReadToo() throws IOException {
    Path file = dir.resolve("old.xls");
    Files.write(file, TestFiles.xls("预算", "年度预算 annual budget"));
    Extraction extraction = extractor(200_000, Duration.ofSeconds(15))
        .extract(file, Files.size(file), "application/vnd.ms-excel");
    assertThat(extraction.status()).isEqualTo(Extraction.Status.OK);
    assertThat(extraction.text()).contains("年度预算 annual budget");
  }

  @Test
  void typesOutsideTheListAreNeverOpened() throws IOException {
    Path file = write("<html><body>not read</body></html>");
    Extraction extraction =
        extractor(200_000, Duration.ofSeconds(15)).extract(file, Files.size(file), "text/html");
    assertThat(extraction).isEqualTo(Extraction.not(Extraction.Status.UNSUPPORTED));
  }

  private Path write(String text) throws IOException {
    Path file = dir.resolve("text-" + text.hashCode());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static TextExtractor extractor(int maxChars, Duration timeout) {
    return new TextExtractor(
        DataSize.ofMegabytes(20), maxChars, timeout, new SimpleMeterRegistry());
  }
}
