package dev.atrium.doc;

import java.util.Set;
import java.util.UUID;

/**
 * A watched page was edited: published once per editing session (when a version is kept), not per
 * keystroke. {@code editorIds} wrote in it since the last version; {@code recipients} are its
 * watchers who may read it now, none of the editors.
 */
public record WatchedPageEdited(
    UUID pageId, UUID spaceId, String pageTitle, Set<UUID> editorIds, Set<UUID> recipients) {}
