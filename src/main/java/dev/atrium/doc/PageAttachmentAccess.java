package dev.atrium.doc;

import dev.atrium.access.Subject;
import dev.atrium.files.FileReadPolicy;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A file hung on a page is readable by whoever may read the page. */
@Component
class PageAttachmentAccess implements FileReadPolicy {

  private final Pages pages;

  PageAttachmentAccess(Pages pages) {
    this.pages = pages;
  }

  @Override
  public String ownerKind() {
    return PageAttachments.OWNER_KIND;
  }

  @Override
  public boolean mayRead(Subject subject, UUID pageId) {
    return pages.mayRead(subject, pageId);
  }
}
