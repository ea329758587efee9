package dev.atrium.notify;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a module asks notify to tell: one fact, the people to tell and how to show it. The
 * publishing module picks {@code recipients} (only people who may see what the link opens) and
 * names in {@code excluded} whoever must not hear of it (its author: {@code actorIds} are left out
 * too). {@code quiet} are recipients who asked the module not to be disturbed now (chat's status):
 * they get the row, without a live push. {@code actorIds} are latest first; {@code link} is the web
 * client's path and {@code anchor} the element to scroll to there; {@code quote} is text the fact
 * answers (shown as a quote), as people wrote it.
 */
public record NoticeRequest(
    String kind,
    Set<UUID> recipients,
    Set<UUID> excluded,
    List<UUID> actorIds,
    NoticeText title,
    @Nullable NoticeText text,
    @Nullable String quote,
    String link,
    @Nullable String anchor,
    NoticeGrouping grouping,
    Set<UUID> quiet) {

  public NoticeRequest {
    recipients = Set.copyOf(recipients);
    excluded = Set.copyOf(excluded);
    actorIds = List.copyOf(actorIds);
    quiet = Set.copyOf(quiet);
  }

  /** The module that declared the kind: what comes before its first dot. */
  public String module() {
    return kind.substring(0, kind.indexOf('.'));
  }
}
