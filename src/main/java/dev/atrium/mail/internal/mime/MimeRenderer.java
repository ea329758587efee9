package dev.atrium.mail.internal.mime;

import dev.atrium.mail.internal.MailAddress;
import dev.atrium.mail.internal.OutgoingMail;
import dev.atrium.mail.internal.OutgoingMail.OutgoingAttachment;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders an {@link OutgoingMail} as a standard message: UTF-8 throughout, text and HTML as
 * multipart/alternative, inline images beside the HTML in multipart/related, files in
 * multipart/mixed, names in RFC 2231 / RFC 2047. Every header value has its line breaks and other
 * control characters replaced first, so no text a person typed (a subject, a name) can add a
 * header.
 */
public final class MimeRenderer {

  private static final Session SESSION = session();

  private MimeRenderer() {}

  /** The message, its headers final; {@code bytes} gives each attachment's content. */
  public static MimeMessage render(OutgoingMail mail, Function<OutgoingAttachment, byte[]> bytes)
      throws MessagingException {
    String messageId = "<" + headerText(mail.messageId()) + ">";
    var message = new MimeMessage(SESSION) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    message.setFrom(address(mail.from()));
    message.setRecipients(MimeMessage.RecipientType.TO, addresses(mail.to()));
    if (!mail.cc().isEmpty()) {
      message.setRecipients(MimeMessage.RecipientType.CC, addresses(mail.cc()));
    }
    message.setSubject(headerText(mail.subject()), "UTF-8");
    message.setSentDate(Date.from(mail.sentAt()));
    if (mail.inReplyTo() != null) {
      message.setHeader("In-Reply-To", "<" + headerText(mail.inReplyTo()) + ">");
    }
    if (!mail.references().isEmpty()) {
      message.setHeader(
          "References",
          MimeUtility.fold(
              12,
              mail.references().stream()
                  .map(id -> "<" + headerText(id) + ">")
                  .collect(Collectors.joining(" "))));
    }
    message.setContent(body(mail, bytes));
    message.saveChanges();
    return message;
  }

  private static MimeMultipart body(OutgoingMail mail, Function<OutgoingAttachment, byte[]> bytes)
      throws MessagingException {
    var text = new MimeBodyPart();
    text.setText(mail.text(), "UTF-8", "plain");
    var html = new MimeBodyPart();
    html.setText(mail.html(), "UTF-8", "html");
    List<OutgoingAttachment> inline =
        mail.attachments().stream().filter(a -> a.inlineCid() != null).toList();
    List<OutgoingAttachment> files =
        mail.attachments().stream().filter(a -> a.inlineCid() == null).toList();
    var htmlSide = html;
    if (!inline.isEmpty()) {
      var related = new MimeMultipart("related");
      related.addBodyPart(html);
      for (OutgoingAttachment image : inline) {
        MimeBodyPart part = file(image, bytes.apply(image));
        part.setDisposition(MimeBodyPart.INLINE);
        part.setContentID("<" + headerText(String.valueOf(image.inlineCid())) + ">");
        related.addBodyPart(part);
      }
      htmlSide = new MimeBodyPart();
      htmlSide.setContent(related);
    }
    var alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(htmlSide);
    if (mail.calendarReply() != null) {
      // iMIP (RFC 6047): the calendar is the last, richest alternative, its method in the type
      var calendar = new MimeBodyPart();
      calendar.setContent(mail.calendarReply(), "text/calendar; charset=UTF-8; method=REPLY");
      calendar.setHeader("Content-Transfer-Encoding", "quoted-printable");
      alternative.addBodyPart(calendar);
    }
    if (files.isEmpty()) {
      return alternative;
    }
    var mixed = new MimeMultipart("mixed");
    var alternativePart = new MimeBodyPart();
    alternativePart.setContent(alternative);
    mixed.addBodyPart(alternativePart);
    for (OutgoingAttachment attachment : files) {
      MimeBodyPart part = file(attachment, bytes.apply(attachment));
      part.setDisposition(MimeBodyPart.ATTACHMENT);
      mixed.addBodyPart(part);
    }
    return mixed;
  }

  private static MimeBodyPart file(OutgoingAttachment attachment, byte[] content)
      throws MessagingException {
    var part = new MimeBodyPart();
    part.setDataHandler(
        new DataHandler(new ByteArrayDataSource(content, headerText(attachment.contentType()))));
    part.setFileName(headerText(attachment.name()));
    return part;
  }

  private static InternetAddress[] addresses(List<MailAddress> list) throws MessagingException {
    var addresses = new InternetAddress[list.size()];
    for (int i = 0; i < list.size(); i++) {
      addresses[i] = address(list.get(i));
    }
    return addresses;
  }

  private static InternetAddress address(MailAddress address) throws MessagingException {
    var parsed = new InternetAddress(headerText(address.address()), true);
    try {
      String name = headerText(address.name());
      return new InternetAddress(parsed.getAddress(), name.isBlank() ? null : name, "UTF-8");
    } catch (UnsupportedEncodingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** Line breaks and other control characters become spaces: they would end the header. */
  static String headerText(String value) {
    return value.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]", " ").strip();
  }

  private static Session session() {
    var properties = new Properties();
    properties.setProperty("mail.mime.charset", "UTF-8");
    properties.setProperty("mail.mime.encodeparameters", "true");
    return Session.getInstance(properties);
  }
}
