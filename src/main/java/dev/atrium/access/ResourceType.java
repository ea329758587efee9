package dev.atrium.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A kind of thing roles are granted on, declared by the module that owns it: its roles (weakest
 * first, each allowing what the ones before it allow), the actions it knows with the least role
 * each needs, and how it relates to other types.
 *
 * @param name {@code module.type}, e.g. {@code doc.space}; stored with every grant
 * @param roles weakest first, e.g. viewer, editor, manager
 * @param actions each action with the least role that allows it
 * @param parent the type a resource of this one lives in (a page in a space), or null
 * @param narrowing grants on a resource of this type narrow the roles people hold on its parent for
 *     it and everything below it, never widen them (a restricted page); its grants are lists per role,
 *     so one grantee may hold two roles there; see {@link Visibility#narrowed}
 * @param keptRole a role some grant must always hold at least (a space's manager), or null
 * @param contentAdministered a holder of {@link Permission#CONTENT_ADMINISTER} holds the strongest
 *     role on every resource of this type, whatever its grants (spaces yes; private conversations no)
 */
public record ResourceType(
    String name,
    List<String> roles,
    Map<String, String> actions,
    @Nullable String parent,
    boolean narrowing,
    @Nullable String keptRole,
    boolean contentAdministered) {

  public ResourceType {
    roles = List.copyOf(roles);
    actions = Map.copyOf(actions);
    if (!name.matches("[a-z]+\\.[a-z-]+") || roles.isEmpty()) {
      throw new IllegalArgumentException(
          "A resource type is named module.type and has roles: " + name);
    }
    for (String role : actions.values()) {
      requireRole(roles, role, name);
    }
    if (keptRole != null) {
      requireRole(roles, keptRole, name);
    }
  }

  /** A type with these roles and no actions yet; add them with {@link #allowing}. */
  public static ResourceType named(String name, String... roles) {
    return new ResourceType(name, List.of(roles), Map.of(), null, false, null, false);
  }

  public ResourceType allowing(String action, String leastRole) {
    Map<String, String> more = new LinkedHashMap<>(actions);
    more.put(action, leastRole);
    return new ResourceType(name, roles, more, parent, narrowing, keptRole, contentAdministered);
  }

  /** Resources of this type live in resources of {@code parentType} and narrow their roles. */
  public ResourceType narrowing(ResourceType parentType) {
    return new ResourceType(
        name, roles, actions, parentType.name(), true, keptRole, contentAdministered);
  }

  public ResourceType keeping(String role) {
    return new ResourceType(name, roles, actions, parent, narrowing, role, contentAdministered);
  }

  public ResourceType administeredForContent() {
    return new ResourceType(name, roles, actions, parent, narrowing, keptRole, true);
  }

  /** 1 for the weakest role, up to {@link #top()}; 0 is "no role". */
  public int rank(String role) {
    int index = roles.indexOf(role);
    if (index < 0) {
      throw new IllegalArgumentException("No role " + role + " on " + name);
    }
    return index + 1;
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  public String role(int rank) {
    return roles.get(rank - 1);
  }

  public int top() {
    return roles.size();
  }

  /** The least rank that allows {@code action}. */
  public int rankFor(String action) {
    String role = actions.get(action);
    if (role == null) {
      throw new IllegalArgumentException("No action " + action + " on " + name);
    }
    return rank(role);
  }

  private static void requireRole(List<String> roles, String role, String type) {
    if (!roles.contains(role)) {
      throw new IllegalArgumentException("No role " + role + " on " + type);
    }
  }
}
