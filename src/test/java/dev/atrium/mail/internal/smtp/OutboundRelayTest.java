package dev.atrium.mail.internal.smtp;

import static dev.atrium.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.mail.internal.MailAddress;
import dev.atrium.mail.internal.Outbox;
import dev.atrium.mail.internal.OutgoingMail;
import dev.atrium.support.OutsideMail;
import jakarta.mail.internet.MimeMessage;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class OutboundRelayTest {

  @Autowired
  Outbox outbox;

  @Autowired
  MailSettings settings;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  MailQueues queues;

  @AfterEach
  void relayBackUp() {
    OutsideMail.up(settings);
  }

  @Test
  void deliversTheStandardMessageThroughTheRelay() throws Exception {
    OutsideMail.up(settings);
    String partner = fresh("partner");
    OutgoingMail mail = mail("lina@atrium.example", "季度报告", partner);

    outbox.enqueue(mail, List.of(partner));

    MimeMessage received =
        eventually(() -> OutsideMail.receivedBy(partner), l -> l.size() == 1).getFirst();
    assertThat(received.getSubject()).isEqualTo("季度报告");
    assertThat(received.getMessageID()).isEqualTo("<" + mail.messageId() + ">");
    assertThat(row(mail.contentId())).containsEntry("state", "SENT");
  }

  @Test
  void triesAgainAfterTheRelayWasDown() {
    OutsideMail.down(settings);
    String partner = fresh("later");
    OutgoingMail mail = mail("lina@atrium.example", "Retry me", partner);

    outbox.enqueue(mail, List.of(partner));
    eventually(() -> row(mail.contentId()), r -> (int) r.get("attempts") >= 2);
    assertThat(row(mail.contentId())).containsEntry("state", "QUEUED");
    assertThat((String) row(mail.contentId()).get("last_problem")).isNotBlank();
    MailQueues.Status waiting = queues.status();
    assertThat(waiting.relayConfigured()).isTrue();
    assertThat(waiting.outboundQueued()).isPositive();
    assertThat(waiting.lastProblem()).contains("Couldn't connect");
    OutsideMail.up(settings);

    eventually(() -> OutsideMail.receivedBy(partner), l -> l.size() == 1);
    eventually(() -> row(mail.contentId()).get("state"), "SENT"::equals);
  }

  @Test
  void aRefusalForGoodFailsTheMailWithTheRelaysAnswer() {
    OutsideMail.refusing(settings);
    String nobody = fresh("nobody");
    OutgoingMail mail = mail("lina@atrium.example", "To nobody", nobody);

    outbox.enqueue(mail, List.of(nobody));

    Map<String, Object> failed =
        eventually(() -> row(mail.contentId()), r -> "FAILED".equals(r.get("state")));
    assertThat((String) failed.get("last_problem")).contains("550").contains("no such user");
  }

  @Test
  void signsWithTheDomainsDkimKey() throws Exception {
    OutsideMail.up(settings);
    String domain = "dkim-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
    var keys = KeyPairGenerator.getInstance("RSA");
    keys.initialize(2048);
    String pem = "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder()
            .encodeToString(keys.generateKeyPair().getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
    jdbc.sql(
            "insert into mail.dkim_key (domain, selector, private_key_pem, created_at) values (?, 'atrium', ?, now())")
        .params(domain, pem)
        .update();
    String partner = fresh("signed");

    outbox.enqueue(mail("ceo@" + domain, "Signed", partner), List.of(partner));

    MimeMessage received =
        eventually(() -> OutsideMail.receivedBy(partner), l -> l.size() == 1).getFirst();
    assertThat(received.getHeader("DKIM-Signature", null))
        .contains("d=" + domain)
        .contains("s=atrium")
        .contains("a=rsa-sha256");
  }

  private Map<String, Object> row(UUID contentId) {
    return jdbc.sql("select state, attempts, last_problem from mail.outbound where content_id = ?")
        .param(contentId)
        .query()
        .singleRow();
  }

  private static String fresh(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@outside.example";
  }

  static OutgoingMail mail(String from, String subject, String to) {
    return new OutgoingMail(
        UUID.randomUUID(),
        UUID.randomUUID(),
        UUID.randomUUID() + "@atrium.example",
        null,
        List.of(),
        subject,
        new MailAddress(from, "李娜"),
        List.of(new MailAddress(to, "")),
        List.of(),
        Instant.now().truncatedTo(ChronoUnit.SECONDS),
        "<p>你好</p>",
        "你好",
        List.of(),
        null);
  }
}
