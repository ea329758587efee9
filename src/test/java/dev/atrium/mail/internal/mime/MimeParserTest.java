package dev.atrium.mail.internal.mime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.mail.internal.MailAddress;
import dev.atrium.mail.internal.ParsedMail;
import dev.atrium.mail.internal.ParsedMail.ParsedAttachment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class MimeParserTest {

  private static final Instant RECEIVED = Instant.parse("2026-12-07T03:00:00Z");

  @Test
  void readsAlternativesInlineImagesAndChineseAttachmentNames() {
    ParsedMail mail = parse("alternative-inline-attachments.eml");

    assertThat(mail.parseProblem()).isNull();
    assertThat(mail.subject()).isEqualTo("报价与合同");
    assertThat(mail.from()).isEqualTo(new MailAddress("zhang.wei@supplier.example", "张伟"));
    assertThat(mail.to())
        .containsExactly(
            new MailAddress("lina@atrium.test", "Li Na"), new MailAddress("wang@atrium.test", ""));
    assertThat(mail.cc()).containsExactly(new MailAddress("boss@atrium.test", "Boss"));
    assertThat(mail.replyTo())
        .extracting(MailAddress::address)
        .containsExactly("sales@supplier.example");
    assertThat(mail.messageId()).isEqualTo("quote-42@supplier.example");
    assertThat(mail.inReplyTo()).isEqualTo("ask-1@atrium.test");
    assertThat(mail.references()).containsExactly("ask-0@atrium.test", "ask-1@atrium.test");
    assertThat(mail.sentAt()).isEqualTo(Instant.parse("2026-12-07T02:15:00Z"));
    assertThat(mail.text()).contains("the quote is attached");
    assertThat(mail.html()).contains("<b>there</b>").contains("src=\"cid:logo@supplier.example\"");
    assertThat(mail.attachments())
        .extracting(ParsedAttachment::name, ParsedAttachment::contentType, ParsedAttachment::inline)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("attachment-1.png", "image/png", true),
            org.assertj.core.groups.Tuple.tuple("合同.pdf", "application/pdf", false),
            org.assertj.core.groups.Tuple.tuple(
                "报价单.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                false));
    assertThat(mail.attachments().getFirst().contentId()).isEqualTo("logo@supplier.example");
    assertThat(new String(mail.attachments().get(1).data(), StandardCharsets.US_ASCII))
        .startsWith("%PDF");
  }

  @Test
  void sanitisesHtmlAndHoldsBackRemoteImages() {
    ParsedMail mail = parse("alternative-inline-attachments.eml");
    String html = Objects.requireNonNull(mail.html());

    assertThat(mail.remoteImages()).isTrue();
    assertThat(html)
        .doesNotContain("<script", "onclick", "javascript:", " src=\"https://tracker", "url(")
        .contains(HtmlSanitiser.REMOTE_SRC + "=\"https://tracker.example/open.gif?id=9\"")
        .contains("style=\"color: red\"")
        .contains("href=\"https://supplier.example/\"");
  }

  @Test
  void decodesGbkLabelledAsGb2312() {
    ParsedMail mail = parse("gbk.eml");

    assertThat(mail.parseProblem()).isNull();
    assertThat(mail.subject()).isEqualTo("朱镕基的报告");
    assertThat(mail.from().name()).isEqualTo("朱镕基");
    assertThat(mail.text().strip()).isEqualTo("朱镕基同志：请查收报告。");
    assertThat(mail.html()).isNull();
  }

  @Test
  void decodesGb18030IncludingAnUnencodedSubject() {
    ParsedMail mail = parse("gb18030.eml");

    assertThat(mail.subject()).isEqualTo("㐀字订单");
    assertThat(mail.text().strip()).isEqualTo("㐀字订单已发货");
  }

  @Test
  void decodesBig5() {
    ParsedMail mail = parse("big5.eml");

    assertThat(mail.subject()).isEqualTo("臺灣會議通知");
    assertThat(mail.from().name()).isEqualTo("陳小姐");
    assertThat(mail.text().strip()).isEqualTo("臺灣會議於週五舉行。");
  }

  @Test
  void keepsWhatItCouldReadOfABrokenMessageAndSaysWhy() {
    ParsedMail mail = parse("broken.eml");

    assertThat(mail.parseProblem()).contains("x-made-up");
    assertThat(mail.subject()).isEqualTo("broken");
    assertThat(mail.from().address()).isEqualTo("someone@broken.example");
    assertThat(mail.messageId()).endsWith("@atrium.invalid");
    assertThat(mail.sentAt()).isEqualTo(RECEIVED);
  }

  @Test
  void answersEvenForBytesThatAreNoMailAtAll() {
    byte[] junk = new byte[4096];
    new java.util.Random(7).nextBytes(junk);

    ParsedMail mail = MimeParser.parse(junk, RECEIVED);

    assertThat(mail.size()).isEqualTo(4096);
    assertThat(mail.from().address()).isEmpty();
  }

  private static ParsedMail parse(String fixture) {
    try (InputStream in = MimeParserTest.class.getResourceAsStream(fixture)) {
      return MimeParser.parse(Objects.requireNonNull(in, fixture).readAllBytes(), RECEIVED);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
