package dev.atrium.doc;

import dev.atrium.access.Subject;
import dev.atrium.files.StoredFile;
import dev.atrium.files.StoredFiles;
import dev.atrium.shared.DomainException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Images and attachments in a page: an editor hangs their uploads on the page, and from then on
 * whoever may read the page may read them ({@link PageAttachmentAccess}), and the orphan sweep
 * leaves them alone. A copy of the page shares them. Deleting the page for good deletes them, unless
 * a copy still shows them: then they pass to the copy.
 */
@Service
public class PageAttachments {

  static final String OWNER_KIND = "doc.page";

  private final Pages pages;
  private final StoredFiles files;

  PageAttachments(Pages pages, StoredFiles files) {
    this.pages = pages;
    this.files = files;
  }

  @Transactional
  public List<StoredFile> attach(Subject subject, UUID pageId, AttachFiles command) {
    if (!pages.access(subject, pageId).canEdit()) {
      throw DomainException.forbidden("doc.read-only", "You may read this page but not change it.");
    }
    return files.attach(subject, command.fileIds(), OWNER_KIND, pageId);
  }

  /** The copy's content shows the original's files by their ids: they are shared with it, in the copy's transaction. */
  @EventListener
  void on(PageCopied copied) {
    files.share(OWNER_KIND, copied.originalId(), copied.copyId());
  }

  /** The pages were deleted for good: their files go with them, in the same transaction. */
  void purged(Collection<UUID> pageIds) {
    files.release(OWNER_KIND, pageIds);
  }
}
