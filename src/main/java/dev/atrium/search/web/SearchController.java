package dev.atrium.search.web;

import dev.atrium.access.Subject;
import dev.atrium.search.Search;
import dev.atrium.search.SearchResults;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "search")
@RestController
class SearchController {

  private final Search search;

  SearchController(Search search) {
    this.search = search;
  }

  @Operation(
      summary = "Search everything the caller may read",
      description =
          "Free text (words, \"quoted phrases\") with filters in:#channel, from:@person, has:file, has:link, "
              + "before:/after:/on:YYYY-MM-DD and kind:. Without kind, one group per kind, best first.")
  @GetMapping("/api/v1/search")
  SearchResults search(
      @AuthenticationPrincipal Subject subject,
      @RequestParam(required = false) @Nullable String q,
      @Parameter(description = "message, file, person, channel, …")
          @RequestParam(required = false)
          @Nullable
          String kind,
      @Parameter(description = "relevance (default) or date")
          @RequestParam(required = false)
          @Nullable
          String sort,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "5") int size,
      @Parameter(description = "IANA time zone the dates in the query are in, e.g. Asia/Shanghai")
          @RequestParam(required = false)
          @Nullable
          String tz) {
    return search.find(subject, q, kind, sort, page, size, tz);
  }
}
