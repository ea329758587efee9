package dev.atrium.files.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.txt.TXTParser;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Reads the plain text of a stored file with Apache Tika, within limits: files larger than
 * {@code atrium.files.extract.max-bytes} (default 20 MB) are not opened, the text is cut at
 * {@code max-chars} (default 200,000), and a parse taking longer than {@code timeout} (default
 * 15 s) is given up. Only the types below are read, each by its own parser: the sniffed type
 * picks it, so a file is never handed to a parser its bytes did not prove it is for.
 */
@Component
public class TextExtractor {

  private static final Logger log = LoggerFactory.getLogger(TextExtractor.class);

  private static final Parser PDF = new PDFParser();
  private static final Parser OOXML = new OOXMLParser();
  private static final Parser OLE = new OfficeParser();
  private static final Parser TEXT = new TXTParser();

  /** Content types as {@code ContentSniffer} names them, and the parser for each. */
  private static final Map<String, Parser> PARSERS = Map.of(
      "application/pdf", PDF,
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", OOXML,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", OOXML,
      "application/vnd.openxmlformats-officedocument.presentationml.presentation", OOXML,
      "application/msword", OLE,
      "application/vnd.ms-excel", OLE,
      "application/vnd.ms-powerpoint", OLE,
      "text/plain", TEXT,
      "text/markdown", TEXT);

  private final long maxBytes;
  private final int maxChars;
  private final Duration timeout;
  private final MeterRegistry meters;

  TextExtractor(
      @Value("${atrium.files.extract.max-bytes:20MB}") DataSize maxBytes,
      @Value("${atrium.files.extract.max-chars:200000}") int maxChars,
      @Value("${atrium.files.extract.timeout:15s}") Duration timeout,
      MeterRegistry meters) {
    this.maxBytes = maxBytes.toBytes();
    this.maxChars = maxChars;
    this.timeout = timeout;
    this.meters = meters;
  }

  /** Whether files of this (sniffed) type are read at all. */
  public static boolean reads(String contentType) {
    return PARSERS.containsKey(contentType);
  }

  /**
   * Parses the file at {@code path} on a virtual thread of its own and waits at most the timeout.
   * Each outcome is counted in the {@code atrium.files.extractions} timer, tagged by status.
   */
  public Extraction extract(Path path, long size, String contentType) {
    Parser parser = PARSERS.get(contentType);
    if (parser == null) {
      return Extraction.not(Extraction.Status.UNSUPPORTED);
    }
    if (size > maxBytes) {
      return Extraction.not(Extraction.Status.TOO_LARGE);
    }
    long started = System.nanoTime();
    var parse = new FutureTask<>(() -> parse(parser, path, contentType));
    Thread.ofVirtual().name("text-extraction").start(parse);
    Extraction outcome;
    try {
      outcome = parse.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      // Interrupting is all Java offers: the parsers never look at the flag, but NormalisedText
      // does on every piece of text, so a parse still producing text ends at its next piece. One
      // stuck without producing any (a pathological loop in a parser) runs on until it finishes by
      // itself; its input is at most max-bytes, and its stream is closed when it does.
      parse.cancel(true);
      log.warn(
          "Gave up reading the text of {} ({}) after {}", path.getFileName(), contentType, timeout);
      outcome = Extraction.not(Extraction.Status.TIMEOUT);
    } catch (ExecutionException e) {
      log.warn(
          "Could not read the text of {} ({}): {}",
          path.getFileName(),
          contentType,
          String.valueOf(e.getCause()));
      outcome = Extraction.not(Extraction.Status.FAILED);
    } catch (InterruptedException e) {
      parse.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException(
          "Interrupted while reading the text of " + path.getFileName(), e);
    }
    Timer.builder("atrium.files.extractions")
        .tag("status", outcome.status().name())
        .register(meters)
        .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    return outcome;
  }

  private Extraction parse(Parser parser, Path path, String contentType) throws Exception {
    var text = new NormalisedText(maxChars);
    var metadata = new Metadata();
    metadata.set(Metadata.CONTENT_TYPE, contentType);
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, path.getFileName().toString());
    var context = new ParseContext();
    // documents embedded in a document (a spreadsheet inside a Word file) are not read: one file,
    // one parse, within one set of limits
    context.set(Parser.class, EmptyParser.INSTANCE);
    try (var in = TikaInputStream.get(path)) {
      parser.parse(in, new BodyContentHandler(text), metadata, context);
    } catch (EncryptedDocumentException | UnsupportedFormatException e) {
      return Extraction.not(Extraction.Status.UNSUPPORTED);
    } catch (Exception e) {
      if (!NormalisedText.full(e)) {
        throw e;
      }
    }
    return Extraction.ok(text.text());
  }
}
