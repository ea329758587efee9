package dev.atrium.announce.internal;

import dev.atrium.org.DepartmentNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Org's department tree as read once for one statistics answer or one escalation: children, subtrees
 * and the nearest head above a department.
 */
public final class OrgTree {

  private final Map<UUID, DepartmentNode> byId = new HashMap<>();
  private final Map<UUID, List<DepartmentNode>> children = new HashMap<>();
  private final @Nullable DepartmentNode root;

  public OrgTree(List<DepartmentNode> departments) {
    DepartmentNode top = null;
    for (DepartmentNode node : departments) {
      byId.put(node.id(), node);
      if (node.parentId() == null) {
        top = node;
      } else {
        children.computeIfAbsent(node.parentId(), id -> new ArrayList<>()).add(node);
      }
    }
    this.root = top;
  }

  public Optional<DepartmentNode> root() {
    return Optional.ofNullable(root);
  }

  public Optional<DepartmentNode> find(UUID id) {
    return Optional.ofNullable(byId.get(id));
  }

  public List<DepartmentNode> children(UUID id) {
    return children.getOrDefault(id, List.of());
  }

  public boolean hasChildren(UUID id) {
    return children.containsKey(id);
  }

  /** Whether {@code department} lies in the subtree of {@code top} (itself included). */
  public boolean within(@Nullable UUID department, UUID top) {
    DepartmentNode node = department == null ? null : byId.get(department);
    return node != null && node.path().contains(top);
  }

  /** The department and every department below it. */
  public Set<UUID> subtree(UUID top) {
    return byId.values().stream()
        .filter(node -> node.path().contains(top))
        .map(DepartmentNode::id)
        .collect(Collectors.toSet());
  }

  /** The departments from the root down to this one, itself included. */
  public List<DepartmentNode> path(UUID id) {
    DepartmentNode node = byId.get(id);
    if (node == null) {
      return List.of();
    }
    List<DepartmentNode> nodes = new ArrayList<>();
    for (UUID step : node.path()) {
      DepartmentNode up = byId.get(step);
      if (up != null) {
        nodes.add(up);
      }
    }
    return nodes;
  }

  /**
   * Whom a person of this department answers to: the head of the department, or of the nearest one
   * above it that has a head, skipping the person themself (a head answers to the head above).
   */
  public Optional<UUID> headAbove(@Nullable UUID department, UUID person) {
    DepartmentNode node = department == null ? null : byId.get(department);
    if (node == null) {
      return Optional.empty();
    }
    List<UUID> path = node.path();
    for (int i = path.size() - 1; i >= 0; i--) {
      DepartmentNode up = byId.get(path.get(i));
      UUID head = up == null ? null : up.headId();
      if (head != null && !head.equals(person)) {
        return Optional.of(head);
      }
    }
    return Optional.empty();
  }
}
