package dev.atrium.chat.web;

import dev.atrium.access.Subject;
import dev.atrium.chat.DefaultChannel;
import dev.atrium.chat.DefaultChannels;
import dev.atrium.chat.SetDefaultChannels;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "admin")
@RestController
class DefaultChannelsController {

  private final DefaultChannels defaults;

  DefaultChannelsController(DefaultChannels defaults) {
    this.defaults = defaults;
  }

  @GetMapping("/api/v1/admin/default-channels")
  List<DefaultChannel> list(@AuthenticationPrincipal Subject subject) {
    return defaults.list(subject);
  }

  @PutMapping("/api/v1/admin/default-channels")
  List<DefaultChannel> change(
      @AuthenticationPrincipal Subject subject, @Valid @RequestBody SetDefaultChannels body) {
    return defaults.set(subject, body);
  }
}
