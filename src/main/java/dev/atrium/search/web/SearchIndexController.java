package dev.atrium.search.web;

import dev.atrium.access.Subject;
import dev.atrium.search.IndexStatus;
import dev.atrium.search.SearchAdministration;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "admin")
@RestController
class SearchIndexController {

  private final SearchAdministration administration;

  SearchIndexController(SearchAdministration administration) {
    this.administration = administration;
  }

  @GetMapping("/api/v1/admin/search/index")
  IndexStatus status(@AuthenticationPrincipal Subject subject) {
    return administration.status(subject);
  }

  @PostMapping("/api/v1/admin/search/index/rebuild")
  @ResponseStatus(HttpStatus.ACCEPTED)
  IndexStatus rebuild(@AuthenticationPrincipal Subject subject) {
    return administration.rebuild(subject);
  }
}
