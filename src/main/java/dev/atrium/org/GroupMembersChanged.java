package dev.atrium.org;

import dev.atrium.shared.AuditableEvent;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** A group's members are now exactly {@code personIds}. */
@NamedInterface("events")
public record GroupMembersChanged(UUID groupId, String name, List<UUID> personIds)
    implements AuditableEvent {
  @Override
  public String action() {
    return "org.group.members-changed";
  }

  @Override
  public String targetType() {
    return "group";
  }

  @Override
  public UUID targetId() {
    return groupId;
  }

  @Override
  public @Nullable String targetLabel() {
    return name;
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("memberCount", personIds.size());
  }
}
