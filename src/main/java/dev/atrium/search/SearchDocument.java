package dev.atrium.search;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a module puts in the index for one of its objects.
 *
 * @param kind what it is ({@code message}, {@code file}, {@code person}, {@code channel}, …)
 * @param title the name shown and matched first (a file's name, a person's name); may be blank
 * @param body the text matched and shown in the snippet
 * @param containerId where it lives (a message's channel): {@code in:} filters on it
 * @param authorId who wrote it: {@code from:} filters on it
 * @param access keys of which a reader must hold one ({@link SearchSource#accessKeys}); never empty
 * @param has what it contains, for {@code has:} ({@code file}, {@code link})
 * @param link the web client's route to open it in context
 * @param extra further words it is found by and never shown (a name's pinyin spellings)
 */
public record SearchDocument(
    String kind,
    UUID id,
    String title,
    String body,
    @Nullable UUID containerId,
    @Nullable UUID authorId,
    Instant at,
    Set<String> access,
    Set<String> has,
    String link,
    String extra) {

  public SearchDocument {
    if (access.isEmpty()) {
      throw new IllegalArgumentException(
          "A document nobody may read does not belong in the index: " + kind + " " + id);
    }
  }
}
