package dev.atrium.org;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A directory search: free text (name, pinyin, initials, e-mail, department name), optionally
 * within a department or its whole subtree; pages count from 0.
 */
public record PeopleQuery(
    @Nullable String q, @Nullable UUID departmentId, boolean subtree, int page, int size) {

  public static final int MAX_SIZE = 200;
}
