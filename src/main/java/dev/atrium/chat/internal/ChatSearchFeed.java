package dev.atrium.chat.internal;

import dev.atrium.chat.ChannelCreated;
import dev.atrium.chat.ChannelSettingsChanged;
import dev.atrium.search.IndexingListener;
import dev.atrium.search.SearchIndex;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Keeps channels' documents in the index current ({@link IndexingListener}). It always writes what
 * the database holds now, so a replay or an out-of-order run is harmless. Messages, far more
 * numerous, are indexed in batches by {@link MessageIndexing}.
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
  void on(ChannelCreated event) {
    channel(event.channelId());
  }

  @IndexingListener
  void on(ChannelSettingsChanged event) {
    channel(event.channelId());
  }

  private void channel(UUID channelId) {
    index.refresh(
        ChatSearch.CHANNEL, channelId, () -> rows.channel(channelId).map(documents::channel));
  }
}
