import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Inbound SMTP at a busy hour (issue #17's benchmark): --messages mails of about --kb KiB for one
 * person's address, sent over --connections concurrent SMTP connections on 127.0.0.1 (EHLO once,
 * then MAIL, RCPT, DATA per mail, as a sending server does). Two figures:
 *
 * <ol>
 *   <li><b>accepted/s</b>: mails answered 250 after DATA per second; by then each is stored raw in
 *       mail.inbound (the bridge answers only after its row committed);
 *   <li><b>delivered/s</b>: mails parsed and filed in the person's inbox per second, from the first
 *       send until mail.inbound shows every one DELIVERED.
 * </ol>
 *
 *   java -cp postgresql.jar bench/MailSmtp.java --url http://127.0.0.1:8080 --data &lt;data dir&gt;
 *        --admin-email a@b --admin-password … --smtp-port 2525 [--messages 2000]
 *        [--connections 8] [--kb 8]
 */
public class MailSmtp extends Bench {

  static int smtpPort = 2525;
  static int messages = 2000;
  static int connections = 8;
  static int kb = 8;

  public static void main(String[] args) throws Exception {
    options(args, true, (name, v) -> {
      switch (name) {
        case "--smtp-port" -> smtpPort = Integer.parseInt(v);
        case "--messages" -> messages = Integer.parseInt(v);
        case "--connections" -> connections = Integer.parseInt(v);
        case "--kb" -> kb = Integer.parseInt(v);
        default -> throw new IllegalArgumentException("unknown argument " + name);
      }
    });
    new MailSmtp().run();
  }

  void run() throws Exception {
    String admin = signInAndMakeToken(adminEmail, adminPassword, null, "mail-smtp");
    String person = signedInPeople(admin, rootDepartment(admin), 1, 1, "mail-smtp", null)[0];
    String address = null;
    for (Object m : (List<?>) call("GET", "/api/v1/mail/mailboxes", null, person, null, 200)) {
      Map<?, ?> mailbox = (Map<?, ?>) m;
      if ("PERSONAL".equals(mailbox.get("kind"))) {
        address = (String) mailbox.get("address");
      }
    }
    if (address == null) {
      throw new IllegalStateException("the person has no personal mailbox");
    }
    String sender = "bench-" + UUID.randomUUID().toString().substring(0, 8) + "@sender.example";
    log("sending %d mails of %d KiB to %s over %d connections", messages, kb, address, connections);
    String body = "这是一封测试邮件 a test mail line for the benchmark, long enough to wrap.\r\n"
        .repeat(Math.max(1, kb * 1024 / 80));
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger next = new AtomicInteger();
    final String to = address;
    long t0 = System.nanoTime();
    parallel(connections, connections, c -> {
      try (var socket = new Socket(InetAddress.getLoopbackAddress(), smtpPort)) {
        var in = new BufferedReader(
            new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = socket.getOutputStream();
        expect(in, "220");
        say(out, "EHLO bench.example");
        expect(in, "250");
        for (int i = next.getAndIncrement(); i < messages; i = next.getAndIncrement()) {
          long start = System.nanoTime();
          say(out, "MAIL FROM:<" + sender + ">");
          expect(in, "250");
          say(out, "RCPT TO:<" + to + ">");
          expect(in, "250");
          say(out, "DATA");
          expect(in, "354");
          say(
              out,
              "From: Bench <" + sender + ">\r\nTo: <" + to + ">\r\nSubject: 基准测试 " + i
                  + "\r\nMessage-ID: <" + i + "." + sender + ">\r\nMIME-Version: 1.0\r\n"
                  + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                  + body + ".");
          expect(in, "250");
          latencies.add(System.nanoTime() - start);
        }
        say(out, "QUIT");
      }
    });
    double acceptSeconds = secondsSince(t0);
    log("accepted %d in %.1f s", messages, acceptSeconds);
    long deadline = System.nanoTime() + 600_000_000_000L;
    int delivered = 0;
    try (var db = database(data);
        var count = db.prepareStatement(
            "select count(*) from mail.inbound where envelope_from = ? and state = 'DELIVERED'")) {
      count.setString(1, sender);
      while (delivered < messages && System.nanoTime() < deadline) {
        try (ResultSet rs = count.executeQuery()) {
          rs.next();
          delivered = rs.getInt(1);
        }
        Thread.sleep(100);
      }
    }
    double deliverSeconds = secondsSince(t0);
    if (delivered < messages) {
      throw new IllegalStateException("only " + delivered + " of " + messages + " delivered");
    }
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        java.util.Locale.ROOT,
        "mail-smtp: messages=%d connections=%d kb=%d accepted-per-s=%.1f delivered-per-s=%.1f "
            + "accept-p50=%sms accept-p95=%sms load=%.2f%n",
        messages,
        connections,
        kb,
        messages / acceptSeconds,
        messages / deliverSeconds,
        ms(pct(sorted, 50)),
        ms(pct(sorted, 95)),
        loadAverage());
  }

  static void say(OutputStream out, String line) throws Exception {
    out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  static void expect(BufferedReader in, String code) throws Exception {
    String line;
    do {
      line = in.readLine();
      if (line == null || !line.startsWith(code)) {
        throw new IllegalStateException("expected " + code + ", the server said: " + line);
      }
    } while (line.length() > 3 && line.charAt(3) == '-');
  }
}
