package dev.atrium.org.web;

import dev.atrium.access.Subject;
import dev.atrium.org.ImportReport;
import dev.atrium.org.OrgImport;
import dev.atrium.shared.DomainException;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Org import", description = "Import the org chart from a CSV file")
@RestController
class OrgImportController {

  private final OrgImport orgImport;

  OrgImportController(OrgImport orgImport) {
    this.orgImport = orgImport;
  }

  @PostMapping(path = "/api/v1/admin/org-import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportReport run(
      @AuthenticationPrincipal Subject subject,
      @RequestPart("file") MultipartFile file,
      @RequestParam(defaultValue = "true") boolean dryRun)
      throws IOException {
    // Checked before reading so an oversized upload is never held in memory.
    if (file.getSize() > OrgImport.MAX_BYTES) {
      throw new DomainException(
          HttpStatus.CONTENT_TOO_LARGE,
          "org.import-too-large",
          "The file is too large.",
          Map.of("maxBytes", OrgImport.MAX_BYTES));
    }
    return orgImport.run(subject, file.getBytes(), dryRun);
  }
}
