package dev.atrium.doc.web;

import dev.atrium.access.Subject;
import dev.atrium.doc.MyPages;
import dev.atrium.doc.PageLink;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Docs",
    description = "Spaces, their page trees, templates, favourites and recently viewed pages")
@RestController
@RequestMapping("/api/v1/me")
class MyPagesController {

  private final MyPages myPages;

  MyPagesController(MyPages myPages) {
    this.myPages = myPages;
  }

  @GetMapping("/favourite-pages")
  @Operation(summary = "My favourite pages, newest first")
  List<PageLink> favourites(@AuthenticationPrincipal Subject subject) {
    return myPages.favourites(subject);
  }

  @PutMapping("/favourite-pages/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void favour(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    myPages.favour(subject, id);
  }

  @DeleteMapping("/favourite-pages/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void unfavour(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    myPages.unfavour(subject, id);
  }

  @GetMapping("/recent-pages")
  @Operation(summary = "The last 20 distinct pages I opened, most recent first")
  List<PageLink> recent(@AuthenticationPrincipal Subject subject) {
    return myPages.recent(subject);
  }
}
