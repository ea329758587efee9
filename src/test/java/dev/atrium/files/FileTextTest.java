package dev.atrium.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.files.internal.Extraction;
import dev.atrium.files.internal.FileTextTable;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Text extraction from files uploaded over the real API: each type, the limits, the cache. */
@IntegrationTest
class FileTextTest {

  @LocalServerPort
  int port;

  @Autowired
  FileText fileText;

  @Autowired
  FileTextTable texts;

  @Autowired
  MeterRegistry meters;

  People.Person alice;

  @BeforeEach
  void person() {
    alice = People.create(port, People.admin(port), "Alice 爱丽丝");
  }

  @Test
  void readsTheTextOfEachDocumentType() {
    // a fresh word in each file, so no earlier run's cached outcome answers for it
    String tag = "x" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(textOf(
            "review.pdf",
            TestFiles.pdf("Quarterly deployment review " + tag, "All services deployed")))
        .contains("Quarterly deployment review " + tag, "All services deployed");
    assertThat(textOf(
            "周报.docx", TestFiles.docx("项目进度周报 " + tag, "本周完成 deployment of the search service")))
        .contains("项目进度周报 " + tag, "本周完成 deployment of the search service");
    assertThat(
            textOf("预算.xlsx", TestFiles.xlsx("预算", "年度预算 annual budget", "市场部 marketing " + tag)))
        .contains("年度预算 annual budget", "市场部 marketing " + tag);
    assertThat(textOf("复盘.pptx", TestFiles.pptx("Q3 OKR 复盘 " + tag, "下季度目标 next quarter goals")))
        .contains("Q3 OKR 复盘 " + tag, "下季度目标 next quarter goals");
    assertThat(textOf(
            "说明.txt", ("请假流程说明\n\n第一步：填写申请表 " + tag + "\n").getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("请假流程说明 第一步：填写申请表 " + tag);
    assertThat(textOf(
            "部署手册.md",
            ("# 部署手册\n\n- 先备份数据库\n- 再执行 `deploy.sh` " + tag + "\n")
                .getBytes(StandardCharsets.UTF_8)))
        .contains("部署手册", "先备份数据库", "再执行 `deploy.sh` " + tag);
  }

  @Test
  void aCorruptPdfHasNoTextButIsStillStoredAndDownloadable() {
    byte[] corrupt = ("%PDF-1.7\n" + UUID.randomUUID() + " this is no PDF body at all\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
    JsonNode file = upload("损坏.pdf", corrupt);
    assertThat(file.path("contentType").asString()).isEqualTo("application/pdf");

    assertThat(fileText.text(id(file))).isEmpty();
    assertThat(texts.find(file.path("sha256").asString()))
        .hasValue(Extraction.not(Extraction.Status.FAILED));

    HttpResponse<byte[]> download = alice.api().bytes("/api/v1/files/" + id(file));
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(corrupt);
  }

  @Test
  void aFileOverTheLimitIsNeverOpened() {
    byte[] large = new byte[20 * 1024 * 1024 + 1];
    Arrays.fill(large, (byte) 'a');
    byte[] unique = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(unique, 0, large, 0, unique.length);
    JsonNode file = upload("大文件.txt", large);
    long parses = parses();

    assertThat(fileText.text(id(file))).isEmpty();
    assertThat(texts.find(file.path("sha256").asString()))
        .hasValue(Extraction.not(Extraction.Status.TOO_LARGE));
    assertThat(parses()).isEqualTo(parses);
  }

  @Test
  void theSameBytesUploadedTwiceAreParsedOnce() {
    byte[] docx = TestFiles.docx("同一份文件 the same document " + UUID.randomUUID());
    JsonNode first = upload("一.docx", docx);
    JsonNode second = upload("二.docx", docx);
    long parses = parses();

    String text = fileText.text(id(first)).orElseThrow();
    assertThat(parses()).isEqualTo(parses + 1);
    assertThat(fileText.text(id(second))).hasValue(text);
    assertThat(fileText.text(id(first))).hasValue(text);
    assertThat(parses()).isEqualTo(parses + 1);
  }

  @Test
  void imagesAndOtherTypesAreNotRead() {
    JsonNode image = upload("截图.png", TestFiles.png(40, 30));
    assertThat(fileText.text(id(image))).isEmpty();
    assertThat(texts.find(image.path("sha256").asString())).isEmpty();
    assertThat(fileText.text(UUID.randomUUID())).isEmpty();
  }

  private String textOf(String name, byte[] bytes) {
    return fileText
        .text(id(upload(name, bytes)))
        .orElseThrow(() -> new AssertionError("no text from " + name));
  }

  private JsonNode upload(String name, byte[] bytes) {
    Api.Response answer = alice
        .api()
        .sendRaw(
            "POST",
            "/api/v1/files?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
            "application/octet-stream",
            bytes);
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
    return answer.body();
  }

  private long parses() {
    return meters.find("atrium.files.extractions").timers().stream()
        .mapToLong(Timer::count)
        .sum();
  }

  private static UUID id(JsonNode file) {
    return UUID.fromString(file.path("id").asString());
  }
}
