package dev.atrium.access;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The SQL that decides roles, for modules to put into their own queries, so a list, a search and a
 * single look-up never disagree. Every fragment reads {@code access.resource_grant} and the
 * parameters {@link Viewer#bind} sets. Rank 0 means "no role"; a type's roles rank 1 and up.
 */
public final class Visibility {

  private Visibility() {}

  /** The grant {@code g} names the viewer. */
  static final String MATCHES = """
      (g.kind = 'PERSON' and g.subject_id = :v_me
        or g.kind = 'DEPARTMENT' and g.subject_id = any(cast(:v_departments as uuid[]))
        or g.kind = 'SUBTREE' and g.subject_id = any(cast(:v_subtrees as uuid[]))
        or g.kind = 'GROUP' and g.subject_id = any(cast(:v_groups as uuid[]))
        or g.kind = 'COMPANY' and not :v_guest
        or g.kind = 'GUESTS' and :v_guest)""";

  /**
   * The viewer's rank on the resource of {@code type} whose id is the SQL expression {@code idExpr}:
   * the strongest grant naming them, or the top role for a content administrator of a
   * {@link ResourceType#contentAdministered} type.
   */
  public static String rank(ResourceType type, String idExpr) {
    String granted = "coalesce((select max(" + rankOf(type)
        + ") from access.resource_grant g where g.resource_type = '" + type.name()
        + "' and g.resource_id = " + idExpr + " and " + MATCHES + "), 0)";
    return type.contentAdministered()
        ? "(case when :v_admin then " + type.top() + " else " + granted + " end)"
        : granted;
  }

  /**
   * The viewer's rank on a resource of a {@link ResourceType#narrowing} type, given their rank on its
   * parent ({@code parentRank}, an SQL expression) and the ids of the resource and those above it
   * ({@code pathExpr}, a {@code uuid[]}). Each narrowed resource on the path caps the rank: at the
   * strongest of its grants naming the viewer, or one below the weakest role it grants when none
   * does (a page readable by some is unreadable to others; editable by some is read-only to others).
   * The parent's top role (its managers) is never narrowed: they govern the narrowing. A narrowing
   * resource's grants are lists per role, so one grantee may be both viewer and editor: "only Ann may
   * view and edit" caps everyone else at 0, where Ann as editor alone would leave them reading.
   * {@code parentRank} is read three times: pass a column (e.g. of a lateral {@code select … offset 0}),
   * not {@link #rank}'s sub-select, which PostgreSQL would then evaluate three times.
   */
  public static String narrowed(
      ResourceType type, String parentRank, String pathExpr, int parentTop) {
    String cap = "(select coalesce(min(c.cap), " + type.top()
        + ") from (select coalesce(max(case when " + MATCHES
        + " then " + rankOf(type) + " end), min(" + rankOf(type)
        + ") - 1) as cap from access.resource_grant g"
        + " where g.resource_type = '" + type.name() + "' and g.resource_id = any(" + pathExpr
        + ") group by g.resource_id) c)";
    return "(case when " + parentRank + " >= " + parentTop + " then " + parentRank + " else least("
        + parentRank + ", " + cap + ") end)";
  }

  /**
   * True when a resource on {@code pathExpr} narrows roles at {@code role} or below (e.g. "some pages
   * above limit reading"). A count, not an exists: PostgreSQL made an exists a semi-join comparing
   * every page with every grant, or a sequential scan of the grants per page betting on an early
   * match, 0.6–2 s for 5,000 pages where probing the grants' index takes 0.05 s (bench/DocVisibility).
   */
  public static String narrowsAt(ResourceType type, String pathExpr, String role) {
    return "((select count(*) from access.resource_grant g where g.resource_type = '" + type.name()
        + "' and g.resource_id = any(" + pathExpr + ") and g.role in "
        + roles(type, 1, type.rank(role)) + ") > 0)";
  }

  /**
   * The ids of resources of {@code type} on which a grant gives the viewer at least {@code role}
   * ("which spaces may S read"), as a sub-select; content administration is not included.
   */
  public static String grantedIds(ResourceType type, String role) {
    return "(select g.resource_id from access.resource_grant g where g.resource_type = '"
        + type.name() + "' and g.role in " + roles(type, type.rank(role), type.top()) + " and "
        + MATCHES + ")";
  }

  /** The type's roles ranked {@code from} to {@code to}, as an SQL list. */
  static String roles(ResourceType type, int from, int to) {
    return IntStream.rangeClosed(from, to)
        .mapToObj(rank -> "'" + type.role(rank) + "'")
        .collect(Collectors.joining(", ", "(", ")"));
  }

  /**
   * The rank that the grants naming a person directly give them on one resource: by name, as one of
   * the company ({@code guestExpr} false) or as a guest ({@code guestExpr} true). No affiliation and
   * no content administration: exact for types granted only in those ways (a chat channel), where
   * it is two look-ups by the grant table's unique key, cheap enough for a hot path and for a list
   * of many resources. {@code idExpr}, {@code personExpr} and {@code guestExpr} are SQL expressions.
   */
  public static String rankByName(
      ResourceType type, String idExpr, String personExpr, String guestExpr) {
    return "greatest(" + personRank(type, idExpr, personExpr) + ", coalesce((select " + rankOf(type)
        + " from access.resource_grant g where g.resource_type = '" + type.name()
        + "' and g.resource_id = " + idExpr
        + " and g.kind = (case when " + guestExpr
        + " then 'GUESTS' else 'COMPANY' end) and g.subject_id is null), 0))";
  }

  /** The rank of the grant naming the person {@code personExpr} on the resource, 0 when there is none (a member list's roles). */
  public static String personRank(ResourceType type, String idExpr, String personExpr) {
    return "coalesce((select " + rankOf(type)
        + " from access.resource_grant g where g.resource_type = '" + type.name()
        + "' and g.resource_id = " + idExpr + " and g.kind = 'PERSON' and g.subject_id = "
        + personExpr + "), 0)";
  }

  /** The rank of grant {@code g}'s role. */
  static String rankOf(ResourceType type) {
    return IntStream.rangeClosed(1, type.top())
        .mapToObj(rank -> " when '" + type.role(rank) + "' then " + rank)
        .collect(Collectors.joining("", "(case g.role", " else 0 end)"));
  }
}
