package dev.atrium.files.web;

import dev.atrium.access.Subject;
import dev.atrium.files.AttachmentLimits;
import dev.atrium.files.FileDownload;
import dev.atrium.files.StoredFile;
import dev.atrium.files.StoredFiles;
import dev.atrium.files.internal.ContentSniffer;
import dev.atrium.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Files", description = "Uploads, downloads and thumbnails of attachments")
@RestController
@RequestMapping("/api/v1/files")
class FilesController {

  private final StoredFiles files;

  FilesController(StoredFiles files) {
    this.files = files;
  }

  /**
   * The body is the file's bytes as they are (not multipart), so the server can refuse by
   * {@code Content-Length} before reading and stream the rest straight to disk.
   */
  @Operation(
      summary = "Upload one file; the request body is the file's bytes",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/octet-stream",
                      schema = @Schema(type = "string", format = "binary"))))
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  StoredFile upload(
      @AuthenticationPrincipal Subject subject,
      @RequestParam String name,
      HttpServletRequest request)
      throws IOException {
    String type = request.getContentType() == null
        ? ""
        : request.getContentType().toLowerCase(java.util.Locale.ROOT);
    if (type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded")) {
      throw new DomainException(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "files.raw-body-required",
          "Send the file's bytes as the request body, not as a form.");
    }
    long length = request.getContentLengthLong();
    return files.upload(subject, name, length < 0 ? null : length, request.getInputStream());
  }

  @GetMapping("/limits")
  AttachmentLimits limits() {
    return files.limits();
  }

  /** Images show inline (for previews) unless {@code download=true}; everything else downloads. */
  @Operation(
      responses =
          @ApiResponse(
              responseCode = "200",
              content =
                  @Content(
                      mediaType = "application/octet-stream",
                      schema = @Schema(type = "string", format = "binary"))))
  @GetMapping("/{id}")
  ResponseEntity<Resource> download(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "false") boolean download,
      @Parameter(hidden = true)
          @RequestHeader(value = HttpHeaders.RANGE, required = false)
          @Nullable
          String range) {
    FileDownload found = files.open(subject, id);
    boolean inline = !download && ContentSniffer.inlineImage(found.contentType());
    return serve(found, disposition(inline, found.file().name()), range);
  }

  @Operation(
      responses =
          @ApiResponse(
              responseCode = "200",
              content =
                  @Content(
                      mediaType = "image/*",
                      schema = @Schema(type = "string", format = "binary"))))
  @GetMapping("/{id}/thumbnail")
  ResponseEntity<Resource> thumbnail(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Parameter(hidden = true)
          @RequestHeader(value = HttpHeaders.RANGE, required = false)
          @Nullable
          String range) {
    FileDownload found = files.thumbnail(subject, id);
    return serve(found, "inline", range);
  }

  /**
   * Spring MVC serves the ranges; a range it would refuse (one that starts past the end) is refused
   * here first, as a problem, where Spring would answer 416 with the whole file as its body. A range
   * that cannot be read at all never gets here (UnreadableRanges hides it and the file is served whole).
   */
  private static ResponseEntity<Resource> serve(
      FileDownload found, String disposition, @Nullable String range) {
    Resource file = new FileSystemResource(found.path());
    if (range != null) {
      try {
        HttpRange.toResourceRegions(HttpRange.parseRanges(range), file);
      } catch (IllegalArgumentException outside) {
        throw new DomainException(
            HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE,
            "files.range-not-satisfiable",
            "The requested range lies outside the file.",
            Map.of("resourceLength", found.path().toFile().length()));
      }
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(found.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition)
        .header("X-Content-Type-Options", "nosniff")
        // even if a browser were talked into rendering it, the document gets no script and no
        // origin
        .header(
            "Content-Security-Policy",
            "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
        // content-addressed: the bytes behind an id never change
        .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePrivate().immutable())
        .body(file);
  }

  /** RFC 6266 with an ASCII fallback {@code filename} and the real name in RFC 5987 {@code filename*}. */
  static String disposition(boolean inline, String name) {
    String fallback = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return (inline ? "inline" : "attachment") + "; filename=\"" + fallback + "\"; filename*=UTF-8''"
        + encoded;
  }
}
