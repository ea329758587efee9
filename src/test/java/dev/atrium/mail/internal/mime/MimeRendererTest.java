package dev.atrium.mail.internal.mime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.mail.internal.MailAddress;
import dev.atrium.mail.internal.OutgoingMail;
import dev.atrium.mail.internal.OutgoingMail.OutgoingAttachment;
import dev.atrium.mail.internal.ParsedMail;
import dev.atrium.mail.internal.ParsedMail.ParsedAttachment;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MimeRendererTest {

  private static final Instant SENT = Instant.parse("2026-12-07T08:00:00Z");

  @Test
  void rendersAStandardMessageThatReadsBackTheSame() throws Exception {
    var mail = mail(
        "季度报告 Q4",
        List.of(
            new OutgoingAttachment(UUID.randomUUID(), "季度报告.pdf", "application/pdf", null),
            new OutgoingAttachment(UUID.randomUUID(), "chart.png", "image/png", "chart-1")));

    byte[] raw = bytes(MimeRenderer.render(mail, a -> a.name().getBytes(StandardCharsets.UTF_8)));
    String text = new String(raw, StandardCharsets.US_ASCII);
    ParsedMail back = MimeParser.parse(raw, SENT);

    assertThat(text)
        .contains("Message-ID: <m-1@atrium.test>")
        .contains("In-Reply-To: <r-0@outside.example>")
        .contains("multipart/alternative", "multipart/related", "multipart/mixed")
        .contains("filename*=UTF-8''%E5%AD%A3");
    assertThat(back.parseProblem()).isNull();
    assertThat(back.subject()).isEqualTo("季度报告 Q4");
    assertThat(back.from()).isEqualTo(new MailAddress("lina@atrium.test", "李娜"));
    assertThat(back.to()).containsExactly(new MailAddress("partner@outside.example", "Partner"));
    assertThat(back.references()).containsExactly("r-0@outside.example");
    assertThat(back.sentAt()).isEqualTo(SENT);
    assertThat(back.text()).isEqualTo("你好");
    assertThat(back.html()).contains("<p>你好</p>");
    assertThat(back.attachments())
        .extracting(ParsedAttachment::name, ParsedAttachment::contentId)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("季度报告.pdf", null),
            org.assertj.core.groups.Tuple.tuple("chart.png", "chart-1"));
  }

  @Test
  void aLineBreakInTheSubjectAddsNoHeader() throws Exception {
    var mail = mail("Invoice\r\nBcc: everyone@evil.example\r\nX-Injected: yes", List.of());

    byte[] raw = bytes(MimeRenderer.render(mail, a -> new byte[0]));
    String headers = new String(raw, StandardCharsets.UTF_8).split("\r\n\r\n", 2)[0];

    assertThat(Arrays.stream(headers.split("\r\n")))
        .noneMatch(line -> line.startsWith("Bcc:") || line.startsWith("X-Injected:"));
    assertThat(MimeParser.parse(raw, SENT).subject())
        .isEqualTo("Invoice  Bcc: everyone@evil.example  X-Injected: yes");
  }

  private static OutgoingMail mail(String subject, List<OutgoingAttachment> attachments) {
    return new OutgoingMail(
        UUID.randomUUID(),
        UUID.randomUUID(),
        "m-1@atrium.test",
        "r-0@outside.example",
        List.of("r-0@outside.example"),
        subject,
        new MailAddress("lina@atrium.test", "李娜"),
        List.of(new MailAddress("partner@outside.example", "Partner")),
        List.of(),
        SENT,
        "<p>你好</p>",
        "你好",
        attachments,
        null);
  }

  private static byte[] bytes(MimeMessage message) throws Exception {
    var out = new ByteArrayOutputStream();
    message.writeTo(out);
    return out.toByteArray();
  }
}
