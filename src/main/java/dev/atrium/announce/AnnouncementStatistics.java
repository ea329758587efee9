package dev.atrium.announce;

import dev.atrium.access.Subject;
import dev.atrium.announce.internal.AnnouncementHead;
import dev.atrium.announce.internal.OrgTree;
import dev.atrium.announce.internal.RecipientRow;
import dev.atrium.announce.internal.StatisticsAccess;
import dev.atrium.announce.internal.StatsExport;
import dev.atrium.announce.internal.StatsQueries;
import dev.atrium.org.DepartmentNode;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonSummary;
import dev.atrium.shared.DomainException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An announcement's read statistics for those who may see them (its author, its reviewer, content
 * administrators): counts by department down the org tree, the people who have not opened or
 * confirmed it, and the whole list as a CSV or XLSX file.
 */
@Service
public class AnnouncementStatistics {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;

  private final StatisticsAccess gate;
  private final StatsQueries queries;
  private final OrgDirectory directory;
  private final StatsExport export;

  AnnouncementStatistics(
      StatisticsAccess gate, StatsQueries queries, OrgDirectory directory, StatsExport export) {
    this.gate = gate;
    this.queries = queries;
    this.directory = directory;
    this.export = export;
  }

  /**
   * The receipts of the subtree of {@code departmentId} (the root's when null), and of each child
   * department that holds recipients. A recipient counts where they were when it was delivered.
   */
  @Transactional(readOnly = true)
  public ReceiptStatistics statistics(
      Subject subject, UUID announcementId, @Nullable UUID departmentId) {
    AnnouncementHead head = gate.require(subject, announcementId);
    OrgTree tree = new OrgTree(directory.departmentTree());
    DepartmentNode top = departmentId == null
        ? tree.root().orElse(null)
        : tree.find(departmentId).orElseThrow(AnnouncementStatistics::departmentNotFound);
    Map<@Nullable UUID, ReceiptCounts> groups = queries.byDepartment(head);
    ReceiptCounts total = departmentId == null ? sum(groups, null, tree) : sum(groups, top, tree);
    List<DepartmentReceipts> children = new ArrayList<>();
    ReceiptCounts listed = ReceiptCounts.NONE;
    List<StatisticsDepartment> path = List.of();
    if (top != null) {
      for (DepartmentNode child : tree.children(top.id())) {
        ReceiptCounts counts = sum(groups, child, tree);
        if (counts.delivered() > 0) {
          children.add(new DepartmentReceipts(
              child.id(),
              child.name(),
              tree.hasChildren(child.id()),
              counts.delivered(),
              counts.opened(),
              counts.confirmed()));
          listed = listed.plus(counts);
        }
      }
      List<DepartmentNode> above = tree.path(top.id());
      path = above.subList(0, Math.max(0, above.size() - 1)).stream()
          .map(d -> new StatisticsDepartment(d.id(), d.name()))
          .toList();
    }
    return new ReceiptStatistics(
        total.delivered(),
        total.opened(),
        total.confirmed(),
        head.mustRead(),
        top == null ? null : new StatisticsDepartment(top.id(), top.name()),
        path,
        total.minus(listed),
        children);
  }

  /** The sum over the groups in {@code top}'s subtree, or over every group when it is null. */
  private static ReceiptCounts sum(
      Map<@Nullable UUID, ReceiptCounts> groups, @Nullable DepartmentNode top, OrgTree tree) {
    ReceiptCounts sum = ReceiptCounts.NONE;
    for (var group : groups.entrySet()) {
      if (top == null || tree.within(group.getKey(), top.id())) {
        sum = sum.plus(group.getValue());
      }
    }
    return sum;
  }

  /**
   * Recipients in a state (everyone when null), in a department's subtree when one is given, a page at
   * a time in a stable order; {@code cursor} is an earlier page's {@code next}.
   */
  @Transactional(readOnly = true)
  public PersonReceiptPage people(
      Subject subject,
      UUID announcementId,
      @Nullable ReceiptState state,
      @Nullable UUID departmentId,
      @Nullable String cursor,
      int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw DomainException.badRequest(
          "announce.limit-invalid", "limit must be between 1 and " + MAX_LIMIT + ".");
    }
    AnnouncementHead head = gate.require(subject, announcementId);
    OrgTree tree = new OrgTree(directory.departmentTree());
    Set<UUID> departments = null;
    if (departmentId != null) {
      tree.find(departmentId).orElseThrow(AnnouncementStatistics::departmentNotFound);
      departments = tree.subtree(departmentId);
    }
    List<RecipientRow> rows =
        queries.people(head, state, departments, cursor == null ? null : decode(cursor), limit + 1);
    boolean more = rows.size() > limit;
    List<RecipientRow> page = more ? rows.subList(0, limit) : rows;
    Map<UUID, PersonSummary> names = summaries(page);
    List<PersonReceipt> items = page.stream()
        .map(row -> new PersonReceipt(
            row.personId(),
            nameOf(names, row.personId()),
            departmentName(tree, row.departmentId()),
            row.openedAt(),
            row.confirmed() ? row.confirmedAt() : null))
        .toList();
    return new PersonReceiptPage(items, more ? encode(page.get(page.size() - 1).personId()) : null);
  }

  /** Every recipient with their state, as a file named after the announcement, in the reader's language. */
  @Transactional(readOnly = true)
  public StatisticsFile export(
      Subject subject, UUID announcementId, ExportFormat format, Locale locale, ZoneId zone) {
    AnnouncementHead head = gate.require(subject, announcementId);
    List<DepartmentNode> all = directory.departmentTree();
    OrgTree tree = new OrgTree(all);
    List<RecipientRow> rows = queries.people(head, null, null, null, Integer.MAX_VALUE);
    List<PersonSummary> people =
        directory.summaries(rows.stream().map(RecipientRow::personId).toList());
    Map<UUID, RecipientRow> byPerson = new HashMap<>();
    rows.forEach(row -> byPerson.put(row.personId(), row));
    List<StatsExport.Line> lines = new ArrayList<>();
    // org answers in pinyin order; people stay in it within their department, departments in tree
    // order
    Map<UUID, Integer> departmentOrder = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      departmentOrder.put(all.get(i).id(), i);
    }
    for (PersonSummary person : people) {
      RecipientRow row = byPerson.get(person.id());
      if (row != null) {
        lines.add(new StatsExport.Line(
            person.name(), person.email(), departmentName(tree, row.departmentId()), row));
      }
    }
    lines.sort(Comparator.comparingInt(line -> line.row().departmentId() == null
        ? Integer.MAX_VALUE
        : departmentOrder.getOrDefault(line.row().departmentId(), Integer.MAX_VALUE)));
    byte[] content = switch (format) {
      case CSV -> export.csv(lines, head.mustRead(), locale, zone);
      case XLSX -> export.xlsx(lines, head.mustRead(), locale, zone);
    };
    return new StatisticsFile(
        StatsExport.fileName(head.title(), locale, format), format.contentType(), content);
  }

  private Map<UUID, PersonSummary> summaries(List<RecipientRow> rows) {
    Map<UUID, PersonSummary> byId = new HashMap<>();
    directory
        .summaries(rows.stream().map(RecipientRow::personId).toList())
        .forEach(summary -> byId.put(summary.id(), summary));
    return byId;
  }

  private static String nameOf(Map<UUID, PersonSummary> names, UUID personId) {
    PersonSummary summary = names.get(personId);
    return summary == null ? "" : summary.name();
  }

  private static @Nullable String departmentName(OrgTree tree, @Nullable UUID departmentId) {
    return departmentId == null
        ? null
        : tree.find(departmentId).map(DepartmentNode::name).orElse(null);
  }

  private static String encode(UUID last) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(last.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static UUID decode(String cursor) {
    try {
      return UUID.fromString(
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw DomainException.badRequest(
          "announce.cursor-invalid", "cursor is not a cursor this list gave out.");
    }
  }

  private static DomainException departmentNotFound() {
    return DomainException.notFound("announce.department-not-found", "No such department.");
  }
}
