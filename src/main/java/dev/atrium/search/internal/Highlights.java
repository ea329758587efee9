package dev.atrium.search.internal;

import dev.atrium.search.SearchResults.Segment;
import java.util.ArrayList;
import java.util.List;

/** The highlighter's marked fragment as plain segments, so no client ever renders search text as HTML. */
final class Highlights {

  private Highlights() {}

  /** Lead-in kept before the first match when a fragment is cut to length. */
  private static final int LEAD = 40;

  /**
   * The segments of a fragment, cut to about {@code length} characters so that the first match
   * shows with a little text before it (the highlighter returns whole sentences).
   */
  static List<Segment> segments(String marked, int length) {
    String text = marked;
    int first = text.indexOf(Searcher.OPEN);
    int plain = text.replace(Searcher.OPEN, "").replace(Searcher.CLOSE, "").length();
    if (plain > length && first > LEAD) {
      text = "…" + text.substring(first - LEAD);
    }
    return cut(split(text), length);
  }

  private static List<Segment> cut(List<Segment> segments, int length) {
    List<Segment> kept = new ArrayList<>();
    int left = length;
    for (Segment segment : segments) {
      if (left <= 0) {
        kept.add(new Segment("…", false));
        break;
      }
      kept.add(
          segment.text().length() <= left || segment.match()
              ? segment
              : new Segment(segment.text().substring(0, left) + "…", false));
      left -= segment.text().length();
    }
    return kept;
  }

  private static List<Segment> split(String marked) {
    List<Segment> segments = new ArrayList<>();
    int at = 0;
    while (at < marked.length()) {
      int open = marked.indexOf(Searcher.OPEN, at);
      if (open < 0) {
        segments.add(new Segment(marked.substring(at), false));
        break;
      }
      if (open > at) {
        segments.add(new Segment(marked.substring(at, open), false));
      }
      int close = marked.indexOf(Searcher.CLOSE, open);
      int end = close < 0 ? marked.length() : close;
      append(segments, new Segment(marked.substring(open + 1, end), true));
      at = close < 0 ? marked.length() : close + 1;
    }
    return segments;
  }

  /** Adjacent matched words (项目 and 进度) read as one highlighted run. */
  private static void append(List<Segment> segments, Segment next) {
    if (!segments.isEmpty() && segments.getLast().match()) {
      segments.set(segments.size() - 1, new Segment(segments.getLast().text() + next.text(), true));
    } else {
      segments.add(next);
    }
  }
}
