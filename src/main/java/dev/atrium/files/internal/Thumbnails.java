package dev.atrium.files.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an image's size from its header and makes a small thumbnail. The pixel count is checked
 * before anything is decoded, so a tiny file declaring a vast image (a decompression bomb) is
 * refused without allocating it; large images are decoded with subsampling, never at full size.
 */
public final class Thumbnails {

  /** The longest edge of a thumbnail, in pixels. */
  public static final int MAX_EDGE = 360;
  /** The most pixels an image may declare (about 8,000 × 8,000). */
  public static final long MAX_PIXELS = 64_000_000L;

  private static final Logger log = LoggerFactory.getLogger(Thumbnails.class);

  /** The image declares more than {@link #MAX_PIXELS}. */
  public static final class TooManyPixels extends RuntimeException {
    TooManyPixels() {
      super(null, null, false, false);
    }
  }

  /** An image's size, and its thumbnail written to {@code thumbnail} when one could be made. */
  public record Image(int width, int height, @Nullable String thumbnailType) {}

  static {
    ImageIO.setUseCache(false);
  }

  private Thumbnails() {}

  /** Empty when the file is no image ImageIO can read (WebP without a plugin, a broken file). */
  public static Optional<Image> make(Path source, Path thumbnail) {
    try (var in = ImageIO.createImageInputStream(source.toFile())) {
      if (in == null) {
        return Optional.empty();
      }
      var readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
          throw new TooManyPixels();
        }
        return Optional.of(new Image(width, height, write(reader, width, height, thumbnail)));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof TooManyPixels tooMany) {
        throw tooMany;
      }
      log.debug("No thumbnail for {}: {}", source.getFileName(), e.toString());
      return Optional.empty();
    }
  }

  private static @Nullable String write(ImageReader reader, int width, int height, Path thumbnail) {
    try {
      ImageReadParam param = reader.getDefaultReadParam();
      int step = Math.max(1, Math.max(width, height) / (MAX_EDGE * 2));
      param.setSourceSubsampling(step, step, 0, 0);
      BufferedImage decoded = reader.read(0, param);
      double scale =
          Math.min(1.0, (double) MAX_EDGE / Math.max(decoded.getWidth(), decoded.getHeight()));
      int w = Math.max(1, (int) Math.round(decoded.getWidth() * scale));
      int h = Math.max(1, (int) Math.round(decoded.getHeight() * scale));
      boolean alpha = decoded.getColorModel().hasAlpha();
      BufferedImage small =
          new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
      Graphics2D g = small.createGraphics();
      try {
        g.setRenderingHint(
            RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(decoded, 0, 0, w, h, null);
      } finally {
        g.dispose();
      }
      String format = alpha ? "png" : "jpeg";
      try (var out = Files.newOutputStream(thumbnail)) {
        if (!ImageIO.write(small, format, out)) {
          return null;
        }
      }
      return "image/" + format;
    } catch (IOException | RuntimeException e) {
      log.debug("Could not decode an image for its thumbnail: {}", e.toString());
      try {
        Files.deleteIfExists(thumbnail);
      } catch (IOException ignored) {
        // the incoming directory is swept with the upload's failure anyway
      }
      return null;
    }
  }
}
