package dev.atrium.doc;

import dev.atrium.shared.AuditableEvent;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Pages of a space's trash were deleted for good ({@code pageIds}, with their history,
 * restrictions and attached files): one trashed page with what went with it, or the whole trash.
 */
public record PagesPurged(UUID spaceId, String spaceName, List<UUID> pageIds)
    implements AuditableEvent {
  @Override
  public String action() {
    return "doc.pages.purged";
  }

  @Override
  public String targetType() {
    return "space";
  }

  @Override
  public UUID targetId() {
    return spaceId;
  }

  @Override
  public String targetLabel() {
    return spaceName;
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("pages", pageIds.size());
  }
}
