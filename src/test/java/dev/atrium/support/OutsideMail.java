package dev.atrium.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.atrium.mail.internal.smtp.MailSettings;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * The outside world's mail server in integration tests: GreenMail on loopback at the port Atrium's
 * relay setting names, so what Atrium sends out arrives there. One per test JVM, started on first
 * use; {@link #down()} and {@link #refusing()} stand in for a relay that is unreachable or that
 * refuses every recipient for good (550).
 */
public final class OutsideMail {

  private static @Nullable GreenMail greenMail;
  private static @Nullable SMTPServer refuser;
  private static int port;

  private OutsideMail() {}

  /** The running GreenMail that Atrium's relay setting points at (started if it is not). */
  public static synchronized GreenMail up(MailSettings settings) {
    port = settings.relay().port();
    stopRefuser();
    if (greenMail == null) {
      var server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
      greenMail = server;
    }
    return greenMail;
  }

  /** Nothing listens at the relay's port: every try is refused for now. */
  public static synchronized void down(MailSettings settings) {
    port = settings.relay().port();
    stopRefuser();
    if (greenMail != null) {
      greenMail.stop();
      greenMail = null;
    }
  }

  /** A relay that answers every recipient with 550 5.1.1. */
  public static synchronized void refusing(MailSettings settings) {
    down(settings);
    var server = SMTPServer.port(port)
        .bindAddress(java.net.InetAddress.getLoopbackAddress())
        .messageHandlerFactory(context -> new org.subethamail.smtp.MessageHandler() {
          @Override
          public void from(String from) {}

          @Override
          public void recipient(String recipient) throws RejectException {
            throw new RejectException(550, "5.1.1 <" + recipient + ">: no such user");
          }

          @Override
          public @Nullable String data(java.io.InputStream data) {
            return null;
          }

          @Override
          public void done() {}
        })
        .build();
    server.start();
    refuser = server;
  }

  /** The messages GreenMail received for {@code address}. */
  public static synchronized List<MimeMessage> receivedBy(String address) {
    if (greenMail == null) {
      return List.of();
    }
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> {
          try {
            return Arrays.stream(m.getAllRecipients())
                .anyMatch(a -> a.toString().contains(address));
          } catch (jakarta.mail.MessagingException e) {
            return false;
          }
        })
        .toList();
  }

  private static void stopRefuser() {
    if (refuser != null) {
      refuser.stop();
      refuser = null;
    }
  }
}
