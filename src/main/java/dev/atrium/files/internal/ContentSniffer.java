package dev.atrium.files.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Decides a file's content type from its first bytes. The name's extension only refines a type the
 * bytes already prove (a ZIP that is a .docx, text that is .csv); a client's claim is never used.
 */
public final class ContentSniffer {

  public static final String OCTET_STREAM = "application/octet-stream";

  private static final Map<String, String> ZIP_BASED = Map.of(
      "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      "jar", "application/java-archive");

  private static final Map<String, String> OLE_BASED = Map.of(
      "doc",
      "application/msword",
      "xls",
      "application/vnd.ms-excel",
      "ppt",
      "application/vnd.ms-powerpoint",
      "msi",
      "application/x-msi");

  private static final Map<String, String> TEXT_BASED = Map.of(
      "csv",
      "text/csv",
      "md",
      "text/markdown",
      "json",
      "application/json",
      "html",
      "text/html",
      "htm",
      "text/html",
      "xml",
      "text/xml",
      "svg",
      "image/svg+xml",
      "js",
      "text/javascript");

  private ContentSniffer() {}

  public static String sniff(byte[] head, String name) {
    String ext = extension(name);
    if (starts(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return "image/png";
    if (starts(head, 0xFF, 0xD8, 0xFF)) return "image/jpeg";
    if (starts(head, 'G', 'I', 'F', '8')) return "image/gif";
    if (starts(head, 'R', 'I', 'F', 'F') && at(head, 8, 'W', 'E', 'B', 'P')) return "image/webp";
    if (starts(head, 'B', 'M')) return "image/bmp";
    if (starts(head, '%', 'P', 'D', 'F', '-')) return "application/pdf";
    if (starts(head, 'M', 'Z')) return "application/x-msdownload";
    if (starts(head, 0x7F, 'E', 'L', 'F')) return "application/x-executable";
    if (starts(head, 0xCA, 0xFE, 0xBA, 0xBE) || starts(head, 0xCF, 0xFA, 0xED, 0xFE))
      return "application/x-executable";
    if (starts(head, '#', '!')) return "text/x-shellscript";
    if (starts(head, 'P', 'K', 3, 4) || starts(head, 'P', 'K', 5, 6))
      return ZIP_BASED.getOrDefault(ext, "application/zip");
    if (starts(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1))
      return OLE_BASED.getOrDefault(ext, OCTET_STREAM);
    if (starts(head, 0x1F, 0x8B)) return "application/gzip";
    if (starts(head, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) return "application/x-7z-compressed";
    if (starts(head, 'R', 'a', 'r', '!')) return "application/vnd.rar";
    if (at(head, 4, 'f', 't', 'y', 'p')) return "video/mp4";
    if (starts(head, 'I', 'D', '3') || starts(head, 0xFF, 0xFB)) return "audio/mpeg";
    if (starts(head, 'O', 'g', 'g', 'S')) return "audio/ogg";
    if (looksLikeText(head)) return TEXT_BASED.getOrDefault(ext, "text/plain");
    return OCTET_STREAM;
  }

  /** Lower-case extension without the dot, or empty. */
  public static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 || dot == name.length() - 1
        ? ""
        : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** True for the raster images a browser shows and Atrium may serve inline. */
  public static boolean inlineImage(String contentType) {
    return switch (contentType) {
      case "image/png", "image/jpeg", "image/gif", "image/webp" -> true;
      default -> false;
    };
  }

  private static boolean looksLikeText(byte[] head) {
    if (head.length == 0) {
      return true;
    }
    for (byte b : head) {
      if (b == 0) {
        return false;
      }
    }
    var decoder = StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    // the head may end inside a multi-byte character: allow up to three trailing bytes to be cut
    for (int cut = 0; cut <= Math.min(3, head.length - 1); cut++) {
      try {
        decoder.reset().decode(ByteBuffer.wrap(head, 0, head.length - cut));
        return true;
      } catch (CharacterCodingException e) {
        // try a shorter prefix
      }
    }
    return false;
  }

  private static boolean starts(byte[] head, int... magic) {
    return at(head, 0, magic);
  }

  private static boolean at(byte[] head, int offset, int... magic) {
    if (head.length < offset + magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[offset + i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
