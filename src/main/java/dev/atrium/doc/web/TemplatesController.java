package dev.atrium.doc.web;

import dev.atrium.access.Subject;
import dev.atrium.doc.SaveTemplate;
import dev.atrium.doc.Template;
import dev.atrium.doc.Templates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Docs",
    description = "Spaces, their page trees, templates, favourites and recently viewed pages")
@RestController
@RequestMapping("/api/v1/templates")
class TemplatesController {

  private final Templates templates;

  TemplatesController(Templates templates) {
    this.templates = templates;
  }

  @GetMapping
  @Operation(
      summary =
          "Built-in templates in the language asked for (zh-CN or en), then the company's and the spaces' saved ones")
  List<Template> list(
      @AuthenticationPrincipal Subject subject,
      @RequestParam(required = false) @Nullable UUID spaceId,
      @RequestParam(required = false) @Nullable String language) {
    return templates.list(subject, spaceId, language);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Saves a page as a template for its space, or for the whole company")
  Template save(
      @AuthenticationPrincipal Subject subject, @Valid @RequestBody SaveTemplate command) {
    return templates.save(subject, command);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@AuthenticationPrincipal Subject subject, @PathVariable String id) {
    templates.delete(subject, id);
  }
}
