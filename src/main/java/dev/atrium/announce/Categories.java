package dev.atrium.announce;

import dev.atrium.access.Access;
import dev.atrium.access.Permission;
import dev.atrium.access.Scope;
import dev.atrium.access.Subject;
import dev.atrium.announce.internal.AnnouncementsTable;
import dev.atrium.announce.internal.CategoriesTable;
import dev.atrium.shared.DomainException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The categories announcements are filed in; administrators (who manage settings) change the list. */
@Service
public class Categories {

  private final CategoriesTable categories;
  private final AnnouncementsTable announcements;
  private final Access access;

  Categories(CategoriesTable categories, AnnouncementsTable announcements, Access access) {
    this.categories = categories;
    this.announcements = announcements;
    this.access = access;
  }

  /** Every category in its order, archived ones too (old announcements still name them). */
  @Transactional(readOnly = true)
  public List<AnnouncementCategory> all() {
    return categories.all();
  }

  /**
   * Makes the list exactly this, in this order. A category left out that announcements use is
   * archived (they keep it; new ones cannot choose it); one nobody uses is deleted.
   */
  @Transactional
  public List<AnnouncementCategory> replace(
      Subject subject, ReplaceAnnouncementCategories command) {
    access.check(subject, Permission.SETTINGS_MANAGE, Scope.company());
    Set<String> keys = new HashSet<>();
    for (AnnouncementCategory category : command.categories()) {
      if (!keys.add(category.key())) {
        throw DomainException.badRequest(
            "announce.category-duplicate", "Each category appears once.");
      }
    }
    int position = 0;
    for (AnnouncementCategory category : command.categories()) {
      categories.upsert(category, position++);
    }
    for (AnnouncementCategory old : categories.all()) {
      if (!keys.contains(old.key())) {
        if (announcements.usesCategory(old.key())) {
          categories.archive(old.key(), position++);
        } else {
          categories.delete(old.key());
        }
      }
    }
    return categories.all();
  }
}
