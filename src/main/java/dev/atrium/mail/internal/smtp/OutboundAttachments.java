package dev.atrium.mail.internal.smtp;

import dev.atrium.access.Subject;
import dev.atrium.files.FileDownload;
import dev.atrium.files.StoredFile;
import dev.atrium.files.StoredFiles;
import dev.atrium.mail.internal.MailStore;
import dev.atrium.mail.internal.OutgoingMail.OutgoingAttachment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The bytes of a sent mail's attachments, read when the mail is rendered. They hang on the mail's
 * content in the files module ({@link MailStore#FILE_OWNER}); each is read as its uploader, the sender
 * who attached it, who may always read their own file.
 */
@Component
class OutboundAttachments {

  private final StoredFiles files;

  OutboundAttachments(StoredFiles files) {
    this.files = files;
  }

  byte[] bytes(UUID contentId, OutgoingAttachment attachment) {
    List<StoredFile> held =
        files.heldBy(MailStore.FILE_OWNER, contentId, List.of(attachment.fileId()));
    if (held.isEmpty()) {
      throw new IllegalStateException(
          "attachment " + attachment.fileId() + " does not hang on mail " + contentId);
    }
    StoredFile file = held.getFirst();
    FileDownload download = files.open(new Subject(file.uploaderId(), false), file.id());
    try {
      return Files.readAllBytes(download.path());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
