package dev.atrium.mail.internal.mime;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * HTML from outside made safe to show: jsoup's relaxed safelist plus the layout attributes mail
 * uses (tables, fonts, colours, inline styles). Scripts, forms, frames, event handlers and
 * {@code javascript:} links go. Remote images are held back: their address moves from {@code src}
 * to {@code data-remote-src}, so nothing is fetched (and no sender learns the mail was opened)
 * until the reader allows it; images of the mail itself ({@code cid:}) and {@code data:} images
 * stay. Style declarations that could load anything ({@code url(...)}, {@code @import},
 * expressions) are dropped.
 */
public final class HtmlSanitiser {

  /** The attribute a held-back image's address is kept in; the client swaps it in when allowed. */
  public static final String REMOTE_SRC = "data-remote-src";

  private static final Pattern LOADS_SOMETHING = Pattern.compile(
      "url\\s*\\(|@import|expression\\s*\\(|behavior|-moz-binding|javascript:",
      Pattern.CASE_INSENSITIVE);

  private static final Safelist SAFELIST = Safelist.relaxed()
      .addTags("center", "font", "hr", "s", "strike", "del", "ins", "small", "big", "tt")
      .addAttributes(":all", "style", "align", "valign", "dir", "lang", "title", "bgcolor")
      .addAttributes("table", "border", "cellpadding", "cellspacing", "width", "height")
      .addAttributes("td", "width", "height", "nowrap")
      .addAttributes("th", "width", "height", "nowrap")
      .addAttributes("font", "color", "face", "size")
      .addAttributes("img", "border", "hspace", "vspace")
      .addProtocols("img", "src", "http", "https", "cid", "data");

  /** Sanitised HTML and whether remote images were held back. */
  public record SafeHtml(String html, boolean remoteImages) {}

  private HtmlSanitiser() {}

  public static SafeHtml sanitise(String html) {
    Document dirty = Jsoup.parse(html);
    Document clean = new Cleaner(SAFELIST).clean(dirty);
    clean.outputSettings().prettyPrint(false);
    boolean remote = false;
    for (Element img : clean.select("img[src]")) {
      String src = img.attr("src").strip();
      String scheme = src.toLowerCase(Locale.ROOT);
      if (scheme.startsWith("http:") || scheme.startsWith("https:") || scheme.startsWith("//")) {
        img.attr(REMOTE_SRC, src).removeAttr("src");
        remote = true;
      } else if (scheme.startsWith("data:") && !scheme.startsWith("data:image/")) {
        img.removeAttr("src");
      }
    }
    for (Element styled : clean.select("[style]")) {
      String kept = keptDeclarations(styled.attr("style"));
      if (kept.isEmpty()) {
        styled.removeAttr("style");
      } else {
        styled.attr("style", kept);
      }
    }
    for (Element link : clean.select("a[href]")) {
      link.attr("target", "_blank").attr("rel", "noopener noreferrer nofollow");
    }
    return new SafeHtml(clean.body().html(), remote);
  }

  private static String keptDeclarations(String style) {
    var kept = new StringBuilder();
    for (String declaration : style.split(";")) {
      String d = declaration.strip();
      if (!d.isEmpty() && !LOADS_SOMETHING.matcher(d).find() && !d.contains("\\")) {
        kept.append(kept.isEmpty() ? "" : "; ").append(d);
      }
    }
    return kept.toString();
  }
}
