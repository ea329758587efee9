package dev.atrium.doc.internal;

/**
 * The SQL that decides rights, shared by every query that lists or opens spaces and pages, so a
 * list never shows what opening refuses. Parameters come from {@link Viewer#bind}.
 */
final class Rights {

  private Rights() {}

  /** The viewer's role in space {@code s} as 0 (none) to 3 (admin): the strongest grant they match. */
  static final String ROLE = """
      (case when :admin then 3 else coalesce((select max(case g.role when 'READ' then 1 when 'EDIT' then 2 else 3 end)
        from doc.space_grant g where g.space_id = s.id and (g.kind = 'PERSON' and g.principal_id = :me
          or g.kind = 'DEPARTMENT' and g.principal_id = any(cast(:subtrees as uuid[]))
          or g.kind = 'COMPANY' and not :guest)), 0) end)""";

  private static final String NAMES_ME = """
      (m.kind = 'PERSON' and m.principal_id = :me or m.kind = 'DEPARTMENT' and m.principal_id = any(cast(:subtrees as uuid[])))""";

  /** Page {@code p} or a page above it lets only some read, and the viewer is not among them. */
  static final String READ_BLOCKED = """
      exists (select 1 from doc.page_restriction r where r.page_id = any(p.path) and r.level = 'READ'
        and not exists (select 1 from doc.page_restriction m where m.page_id = r.page_id and""" + NAMES_ME + "))";

  /** Page {@code p} or a page above it lets only some edit, and the viewer is not among them. */
  static final String EDIT_BLOCKED = """
      exists (select 1 from doc.page_restriction r where r.page_id = any(p.path)
        and not exists (select 1 from doc.page_restriction m where m.page_id = r.page_id and m.level = 'EDIT' and""" + NAMES_ME + "))";

  /** Page {@code p} or a page above it narrows reading: the page is indexed for search under its own key. */
  static final String READ_RESTRICTED = """
      exists (select 1 from doc.page_restriction r where r.page_id = any(p.path) and r.level = 'READ')""";

  static final String RESTRICTED = "exists (select 1 from doc.page_restriction r where r.page_id = any(p.path))";

  static final String ARCHIVED_ABOVE = "exists (select 1 from doc.page a where a.id = any(p.path) and a.archived)";
}
