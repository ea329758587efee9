package dev.atrium.files;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Files for upload tests: real images, and a PNG that declares a vast image in a few bytes. */
public final class TestFiles {

  private TestFiles() {}

  public static byte[] png(int width, int height) {
    var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(new Color(0x2f, 0x6f, 0xd0));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.ORANGE);
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A valid PNG header declaring {@code side}×{@code side} pixels; its data is a few bytes. */
  public static byte[] pngBomb(int side) {
    var out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(side).putInt(side).put((byte) 1).put((byte) 0)
        .put((byte) 0).put((byte) 0).put((byte) 0);
    chunk(out, "IHDR", ihdr.array());
    var deflater = new Deflater();
    deflater.setInput(new byte[1024]);
    deflater.finish();
    byte[] compressed = new byte[1024];
    int n = deflater.deflate(compressed);
    chunk(out, "IDAT", java.util.Arrays.copyOf(compressed, n));
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(typeBytes);
    out.writeBytes(data);
    var crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
