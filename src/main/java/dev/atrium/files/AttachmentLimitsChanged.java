package dev.atrium.files;

import dev.atrium.shared.AuditableEvent;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An administrator changed the upload limits; written to the audit log with before and after. */
public record AttachmentLimitsChanged(AttachmentLimits before, AttachmentLimits after)
    implements AuditableEvent {

  @Override
  public String action() {
    return "files.limits.changed";
  }

  @Override
  public String targetType() {
    return "settings";
  }

  @Override
  public @Nullable UUID targetId() {
    return null;
  }

  @Override
  public String targetLabel() {
    return "attachments";
  }

  @Override
  public Map<String, Object> details() {
    return Map.of(
        "maxBytes",
        after.maxBytes(),
        "previousMaxBytes",
        before.maxBytes(),
        "blockedExtensions",
        after.blockedExtensions(),
        "blockedContentTypes",
        after.blockedContentTypes());
  }
}
