package dev.atrium.calendar;

import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Subject;
import dev.atrium.calendar.internal.EventVisibility;
import dev.atrium.files.FileReadPolicy;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A file hung on an event is readable by whoever may see the event's details. */
@Component
class EventAttachmentAccess implements FileReadPolicy {

  private final EventVisibility visibility;
  private final ResourceAccess resources;

  EventAttachmentAccess(EventVisibility visibility, ResourceAccess resources) {
    this.visibility = visibility;
    this.resources = resources;
  }

  @Override
  public String ownerKind() {
    return Events.FILE_OWNER;
  }

  @Override
  public boolean mayRead(Subject subject, UUID eventId) {
    return visibility.detailsVisible(resources.viewer(subject), eventId);
  }
}
