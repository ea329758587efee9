package dev.atrium.announce;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of a box; {@code next} is the opaque cursor of the following page, null at the end. */
public record AnnouncementList(
    List<AnnouncementSummary> items, @Nullable String next) {}
