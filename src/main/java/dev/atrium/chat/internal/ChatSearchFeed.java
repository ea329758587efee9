package dev.atrium.chat.internal;

import dev.atrium.chat.ChannelCreated;
import dev.atrium.chat.ChannelSettingsChanged;
import dev.atrium.chat.MessageWritten;
import dev.atrium.search.IndexingListener;
import dev.atrium.search.SearchIndex;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Keeps chat's documents in the index current ({@link IndexingListener}). It always writes what
 * the database holds now, so a replay or an out-of-order run is harmless.
 */
@Component
class ChatSearchFeed {

  private final SearchRows rows;
  private final ChatSearch documents;
  private final SearchIndex index;

  ChatSearchFeed(SearchRows rows, ChatSearch documents, SearchIndex index) {
    this.rows = rows;
    this.documents = documents;
    this.index = index;
  }

  @IndexingListener
  void on(MessageWritten event) {
    var message = rows.message(event.messageId());
    var current = message.map(documents::documents).orElse(java.util.List.of());
    Set<UUID> files = new HashSet<>(event.attachmentIds());
    current.forEach(document -> files.remove(document.id()));
    current.forEach(index::put);
    if (current.isEmpty()) {
      index.remove(ChatSearch.MESSAGE, event.messageId());
    }
    files.forEach(file -> index.remove(ChatSearch.FILE, file));
  }

  @IndexingListener
  void on(ChannelCreated event) {
    channel(event.channelId());
  }

  @IndexingListener
  void on(ChannelSettingsChanged event) {
    channel(event.channelId());
  }

  private void channel(UUID channelId) {
    rows.channel(channelId).map(documents::channel).ifPresent(index::put);
  }
}
