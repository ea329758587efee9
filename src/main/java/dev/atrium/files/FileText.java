package dev.atrium.files;

import dev.atrium.files.internal.BlobStore;
import dev.atrium.files.internal.Extraction;
import dev.atrium.files.internal.FileTextTable;
import dev.atrium.files.internal.FilesTable;
import dev.atrium.files.internal.TextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The plain text of stored files, for the search index: PDF, Word, Excel and PowerPoint (OOXML and
 * the older binary formats), plain text and Markdown, whitespace-normalised and cut at a limit.
 * Each content (sha256) is read once and its outcome kept, also when it could not be read, so
 * rebuilding the index never parses the same bytes again. No access check: the caller is the
 * indexer, which filters by access at query time.
 */
@Service
public class FileText {

  private final FilesTable files;
  private final FileTextTable texts;
  private final BlobStore blobs;
  private final TextExtractor extractor;
  private final Clock clock;

  FileText(
      FilesTable files,
      FileTextTable texts,
      BlobStore blobs,
      TextExtractor extractor,
      Clock clock) {
    this.files = files;
    this.texts = texts;
    this.blobs = blobs;
    this.extractor = extractor;
    this.clock = clock;
  }

  /**
   * The file's text; empty when there is no such file, its type is not one that is read, it is
   * larger than the limit, it could not be parsed or parsing timed out, or it holds no text.
   * Parses at most once per content and may take up to the timeout, so call it off any request
   * thread; holds no transaction while parsing.
   */
  public Optional<String> text(UUID fileId) {
    return Optional.ofNullable(texts(List.of(fileId)).get(fileId));
  }

  /** The texts of many files at once, by file id, with two look-ups in all; files without text are absent. */
  public Map<UUID, String> texts(Collection<UUID> fileIds) {
    List<StoredFile> readable = files.findAll(fileIds).stream()
        .map(FilesTable.Row::file)
        .filter(file -> TextExtractor.reads(file.contentType()))
        .toList();
    Map<String, Extraction> kept =
        texts.findAll(readable.stream().map(StoredFile::sha256).collect(Collectors.toSet()));
    Map<UUID, String> answer = new HashMap<>();
    for (StoredFile file : readable) {
      Extraction extraction = kept.computeIfAbsent(file.sha256(), sha256 -> extract(file));
      if (extraction.text() != null && !extraction.text().isEmpty()) {
        answer.put(file.id(), extraction.text());
      }
    }
    return answer;
  }

  private Extraction extract(StoredFile file) {
    Path blob = blobs.blob(file.sha256());
    Extraction extraction = extractor.extract(blob, file.size(), file.contentType());
    // bytes the orphan sweep removed meanwhile failed for that reason alone: keep no outcome for
    // them
    if (Files.exists(blob)) {
      texts.save(file.sha256(), extraction, clock.instant());
    }
    return extraction;
  }
}
