package dev.atrium.chat.web;

import dev.atrium.access.Subject;
import dev.atrium.chat.Unfurls;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Channels", description = "Channels, direct conversations and their messages")
@RestController
class UnfurlController {

  record UnfurlRequest(
      @NotNull @Size(max = Unfurls.MAX_URLS) List<@NotNull @Size(max = 2048) String> urls) {}

  record UnfurlAnswer(List<Unfurls.Card> cards) {}

  private final Unfurls unfurls;

  UnfurlController(Unfurls unfurls) {
    this.unfurls = unfurls;
  }

  @PostMapping("/api/v1/unfurl")
  UnfurlAnswer unfurl(
      @AuthenticationPrincipal Subject subject, @Valid @RequestBody UnfurlRequest body) {
    return new UnfurlAnswer(unfurls.unfurl(subject, body.urls()));
  }
}
