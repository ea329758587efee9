package dev.atrium.files;

import dev.atrium.access.Access;
import dev.atrium.access.Permission;
import dev.atrium.access.Scope;
import dev.atrium.access.Subject;
import dev.atrium.files.internal.BlobStore;
import dev.atrium.files.internal.ContentReleased;
import dev.atrium.files.internal.ContentSniffer;
import dev.atrium.files.internal.FilesTable;
import dev.atrium.files.internal.LimitsTable;
import dev.atrium.files.internal.Thumbnails;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import dev.atrium.shared.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploads, downloads and attachment of files. An upload is streamed to disk (never held in memory),
 * refused when it is larger than the administrator's limit or of a blocked type, typed by its
 * bytes, and thumbnailed when it is an image. A file is readable by its uploader, and by whoever
 * may read the object it is attached to ({@link FileReadPolicy}); to anyone else it does not exist.
 */
@Service
public class StoredFiles {

  /** The longest file name, in characters. */
  public static final int MAX_NAME = 255;
  /** The largest limit an administrator may set: 10 GiB. */
  public static final long MAX_LIMIT = 10L * 1024 * 1024 * 1024;

  private final FilesTable files;
  private final LimitsTable limits;
  private final BlobStore blobs;
  private final Map<String, FileReadPolicy> policies;
  private final Access access;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final TransactionTemplate transaction;

  StoredFiles(
      FilesTable files,
      LimitsTable limits,
      BlobStore blobs,
      List<FileReadPolicy> policies,
      Access access,
      ApplicationEventPublisher events,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.files = files;
    this.limits = limits;
    this.blobs = blobs;
    this.policies =
        policies.stream().collect(Collectors.toMap(FileReadPolicy::ownerKind, Function.identity()));
    this.access = access;
    this.events = events;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * Stores an upload. The declared length (when the client sent one) is checked before a byte is
   * read; the stream is counted as it arrives, so a client that lies about it is stopped at the
   * limit. Nothing is left behind when the upload is refused.
   */
  public StoredFile upload(
      Subject subject, String rawName, @Nullable Long declaredLength, InputStream body) {
    String name = cleanName(rawName);
    AttachmentLimits limit = limits.read();
    String extension = ContentSniffer.extension(name);
    if (!extension.isEmpty() && limit.blockedExtensions().contains(extension)) {
      throw blocked("." + extension);
    }
    if (declaredLength != null && declaredLength > limit.maxBytes()) {
      throw tooLarge(limit.maxBytes());
    }
    BlobStore.Received received;
    try {
      received = blobs.receive(body, limit.maxBytes());
    } catch (BlobStore.TooLarge e) {
      throw tooLarge(limit.maxBytes());
    } catch (IOException e) {
      throw DomainException.badRequest(
          "files.upload-interrupted", "The upload was interrupted; try again.");
    }
    Path thumbnail = blobs.incoming();
    try {
      String contentType = ContentSniffer.sniff(received.head(), name);
      if (limit.blockedContentTypes().contains(contentType)) {
        throw blocked(contentType);
      }
      Optional<Thumbnails.Image> image = Optional.empty();
      if (contentType.startsWith("image/")) {
        try {
          image = Thumbnails.make(received.path(), thumbnail);
        } catch (Thumbnails.TooManyPixels e) {
          throw new DomainException(
              HttpStatus.BAD_REQUEST,
              "files.image-too-large",
              "This image declares more than " + Thumbnails.MAX_PIXELS + " pixels.",
              Map.of("maxPixels", Thumbnails.MAX_PIXELS));
        }
      }
      @Nullable
      String thumbnailType = image.map(Thumbnails.Image::thumbnailType).orElse(null);
      var file = new StoredFile(
          Ids.newId(),
          name,
          received.size(),
          contentType,
          received.sha256(),
          subject.personId(),
          now(),
          image.map(Thumbnails.Image::width).orElse(null),
          image.map(Thumbnails.Image::height).orElse(null),
          thumbnailType != null);
      transaction.executeWithoutResult(status -> {
        // the sweeper takes the same lock before it deletes a blob no row refers to any more
        files.lockBlob(file.sha256());
        files.insert(file, thumbnailType);
        try {
          blobs.place(received.path(), blobs.blob(file.sha256()));
          if (thumbnailType != null) {
            blobs.place(thumbnail, blobs.thumbnail(file.sha256()));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      return file;
    } finally {
      blobs.discard(received.path());
      blobs.discard(thumbnail);
    }
  }

  /**
   * Attaches the caller's unattached uploads to an owner, in the owner's transaction; refuses (and
   * so rolls back the owner's write) when any is unknown, someone else's, or attached already.
   */
  @Transactional
  public List<StoredFile> attach(
      Subject subject, Collection<UUID> ids, String ownerKind, UUID ownerId) {
    Instant now = now();
    List<StoredFile> attached = new ArrayList<>();
    for (UUID id : new LinkedHashSet<>(ids)) {
      if (!files.claim(id, subject.personId(), ownerKind, ownerId, now)) {
        throw new DomainException(
            HttpStatus.BAD_REQUEST,
            "files.not-attachable",
            "Attach only files you uploaded that are not attached yet.",
            Map.of("fileId", id));
      }
      attached.add(files.find(id).orElseThrow().file());
    }
    return attached;
  }

  /**
   * The metadata of the files asked for that hang on (or are shared with) this owner, in the order
   * asked; others are left out. For a module that has already let its reader see the owner (an
   * announcement naming its attachments): no reader is checked here.
   */
  @Transactional(readOnly = true)
  public List<StoredFile> heldBy(String ownerKind, UUID ownerId, List<UUID> ids) {
    Map<UUID, StoredFile> found = new HashMap<>();
    for (FilesTable.Row row : files.heldBy(ownerKind, ownerId, ids)) {
      found.put(row.file().id(), row.file());
    }
    List<StoredFile> held = new ArrayList<>();
    for (UUID id : new LinkedHashSet<>(ids)) {
      StoredFile file = found.get(id);
      if (file != null) {
        held.add(file);
      }
    }
    return held;
  }

  /**
   * Copies files the caller may read onto a new owner (a forwarded message): new rows on the same
   * stored bytes, uploaded by the caller, so the copy stays readable where it now hangs even when
   * the original is deleted. Unreadable ids answer 404 like a download would.
   */
  @Transactional
  public List<StoredFile> copy(
      Subject subject, Collection<UUID> ids, String ownerKind, UUID ownerId) {
    Instant now = now();
    List<StoredFile> copies = new ArrayList<>();
    for (UUID id : new LinkedHashSet<>(ids)) {
      FilesTable.Row row = readable(subject, id);
      StoredFile original = row.file();
      var copy = new StoredFile(
          Ids.newId(),
          original.name(),
          original.size(),
          original.contentType(),
          original.sha256(),
          subject.personId(),
          now,
          original.width(),
          original.height(),
          original.hasThumbnail());
      // the sweeper takes the same lock before it deletes bytes no row refers to any more
      files.lockBlob(copy.sha256());
      files.insert(copy, row.thumbnailType());
      files.claim(copy.id(), subject.personId(), ownerKind, ownerId, now);
      copies.add(copy);
    }
    return copies;
  }

  /**
   * Lets whoever may read {@code to} read the files hung on {@code from} (or shared with it), in the
   * caller's transaction: a copy whose content shows them. They stay one file each; deleting
   * {@code from} for good hands them to {@code to} ({@link #release}).
   */
  @Transactional
  public void share(String ownerKind, UUID from, UUID to) {
    files.share(ownerKind, from, to);
  }

  /**
   * Deletes every file hung on these owners (deleted for good) that no other owner shares, in the
   * owner's transaction: from then on they answer 404 to everyone, their uploaders too. Their bytes go after commit, once no
   * other file holds the same content, so a rollback keeps rows and bytes alike.
   */
  @Transactional
  public void release(String ownerKind, Collection<UUID> ownerIds) {
    if (ownerIds.isEmpty()) {
      return;
    }
    files.handOver(ownerKind, ownerIds);
    Set<String> contents = files.deleteOwned(ownerKind, ownerIds);
    if (!contents.isEmpty()) {
      events.publishEvent(new ContentReleased(List.copyOf(contents)));
    }
  }

  /** The file and its bytes, if the caller may read it. */
  @Transactional(readOnly = true)
  public FileDownload open(Subject subject, UUID id) {
    FilesTable.Row row = readable(subject, id);
    return new FileDownload(
        row.file(), blobs.blob(row.file().sha256()), row.file().contentType());
  }

  /** The file's thumbnail, if it has one and the caller may read the file. */
  @Transactional(readOnly = true)
  public FileDownload thumbnail(Subject subject, UUID id) {
    FilesTable.Row row = readable(subject, id);
    if (row.thumbnailType() == null) {
      throw notFound();
    }
    return new FileDownload(row.file(), blobs.thumbnail(row.file().sha256()), row.thumbnailType());
  }

  /** The limits uploads are held to; every signed-in person may know them. */
  @Transactional(readOnly = true)
  public AttachmentLimits limits() {
    return limits.read();
  }

  /** The limits, for the administrator's settings screen. */
  @Transactional(readOnly = true)
  public AttachmentLimits limitsForAdministrator(Subject subject) {
    access.check(subject, Permission.SETTINGS_MANAGE, Scope.company());
    return limits.read();
  }

  @Transactional
  public AttachmentLimits setLimits(Subject subject, AttachmentLimits next) {
    access.check(subject, Permission.SETTINGS_MANAGE, Scope.company());
    if (next.maxBytes() < 1 || next.maxBytes() > MAX_LIMIT) {
      throw new DomainException(
          HttpStatus.BAD_REQUEST,
          "files.limit-invalid",
          "The limit must be between 1 byte and " + MAX_LIMIT + " bytes.",
          Map.of("maxLimit", MAX_LIMIT));
    }
    var clean = new AttachmentLimits(
        next.maxBytes(),
        normalise(next.blockedExtensions(), true),
        normalise(next.blockedContentTypes(), false));
    AttachmentLimits before = limits.read();
    limits.write(clean);
    events.publishEvent(new AttachmentLimitsChanged(before, clean));
    return clean;
  }

  private FilesTable.Row readable(Subject subject, UUID id) {
    FilesTable.Row row = files.find(id).orElseThrow(StoredFiles::notFound);
    if (row.file().uploaderId().equals(subject.personId())) {
      return row;
    }
    if (row.ownerKind() == null || row.ownerId() == null) {
      throw notFound();
    }
    if (mayRead(subject, new FilesTable.Owner(row.ownerKind(), row.ownerId()))
        || files.sharedWith(id).stream().anyMatch(owner -> mayRead(subject, owner))) {
      return row;
    }
    throw notFound();
  }

  private boolean mayRead(Subject subject, FilesTable.Owner owner) {
    FileReadPolicy policy = policies.get(owner.kind());
    return policy != null && policy.mayRead(subject, owner.id());
  }

  /**
   * Keeps the last path segment, NFC, without control characters and without the bidi controls
   * every name loses ({@link Text#withoutBidiControls}). A file's name is cleaned rather than
   * refused: it is whatever the sender's file system holds.
   */
  static String cleanName(String raw) {
    String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
    name = Text.withoutBidiControls(
            Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cc}\\p{Cs}]", ""))
        .strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..") || name.length() > MAX_NAME) {
      throw new DomainException(
          HttpStatus.BAD_REQUEST,
          "files.name-invalid",
          "A file name is 1 to " + MAX_NAME + " characters.",
          Map.of("maxLength", MAX_NAME));
    }
    return name;
  }

  private static List<String> normalise(List<String> values, boolean extensions) {
    return values.stream()
        .map(v -> v.strip().toLowerCase(Locale.ROOT))
        .map(v -> extensions && v.startsWith(".") ? v.substring(1) : v)
        .filter(v -> !v.isEmpty() && v.length() <= 100)
        .distinct()
        .sorted()
        .toList();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static DomainException tooLarge(long maxBytes) {
    return new DomainException(
        HttpStatus.CONTENT_TOO_LARGE,
        "files.too-large",
        "The file is larger than the limit of " + maxBytes + " bytes.",
        Map.of("maxBytes", maxBytes));
  }

  private static DomainException blocked(String type) {
    return new DomainException(
        HttpStatus.BAD_REQUEST,
        "files.type-blocked",
        "Files of this type (" + type + ") may not be uploaded.",
        Map.of("blockedType", type));
  }

  private static DomainException notFound() {
    return DomainException.notFound("files.not-found", "No such file.");
  }
}
