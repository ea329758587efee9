package dev.atrium.announce.internal;

import dev.atrium.announce.AnnouncementCategory;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code announce.category}: the categories in their order. */
@Repository
public class CategoriesTable {

  private final JdbcClient jdbc;

  CategoriesTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<AnnouncementCategory> all() {
    return jdbc.sql(
            "select key, name_zh, name_en, archived from announce.category order by position, key")
        .query((rs, n) -> new AnnouncementCategory(
            rs.getString("key"),
            new AnnouncementCategory.CategoryName(rs.getString("name_zh"), rs.getString("name_en")),
            rs.getBoolean("archived")))
        .list();
  }

  public Optional<AnnouncementCategory> find(String key) {
    return all().stream().filter(c -> c.key().equals(key)).findFirst();
  }

  public void upsert(AnnouncementCategory category, int position) {
    jdbc.sql("""
        insert into announce.category (key, name_zh, name_en, position, archived) values (?, ?, ?, ?, ?)
        on conflict (key) do update set name_zh = excluded.name_zh, name_en = excluded.name_en,
          position = excluded.position, archived = excluded.archived
        """)
        .params(
            category.key(),
            category.name().zh(),
            category.name().en(),
            position,
            category.archived())
        .update();
  }

  public void archive(String key, int position) {
    jdbc.sql("update announce.category set archived = true, position = ? where key = ?")
        .params(position, key)
        .update();
  }

  public void delete(String key) {
    jdbc.sql("delete from announce.category where key = ?").param(key).update();
  }
}
