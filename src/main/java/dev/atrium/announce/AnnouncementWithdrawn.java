package dev.atrium.announce;

import dev.atrium.shared.AuditableEvent;
import java.util.UUID;

/** A published announcement was withdrawn (撤回): its readers lose it; its author and auditors keep it. */
public record AnnouncementWithdrawn(UUID id, UUID byId, String title) implements AuditableEvent {

  @Override
  public String action() {
    return "announce.announcement.withdrawn";
  }

  @Override
  public String targetType() {
    return "announcement";
  }

  @Override
  public UUID targetId() {
    return id;
  }

  @Override
  public String targetLabel() {
    return title;
  }
}
