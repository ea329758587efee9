package dev.atrium.chat.web;

import dev.atrium.access.Subject;
import dev.atrium.chat.PersonPresence;
import dev.atrium.chat.Presence;
import dev.atrium.chat.SetDoNotDisturb;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Presence", description = "Online, away, offline and do not disturb")
@RestController
@RequestMapping("/api/v1/presence")
class PresenceController {

  private final Presence presence;

  PresenceController(Presence presence) {
    this.presence = presence;
  }

  @GetMapping
  @Operation(
      summary =
          "The presence of up to 200 people; live changes come as presence signals to a socket that watches them")
  List<PersonPresence> of(@AuthenticationPrincipal Subject subject, @RequestParam List<UUID> ids) {
    return presence.of(subject, ids);
  }

  @PutMapping("/dnd")
  @Operation(summary = "Turns do not disturb on for me, until a time or until turned off")
  PersonPresence setDoNotDisturb(
      @AuthenticationPrincipal Subject subject, @RequestBody SetDoNotDisturb command) {
    return presence.setDoNotDisturb(subject, command);
  }

  @DeleteMapping("/dnd")
  PersonPresence clearDoNotDisturb(@AuthenticationPrincipal Subject subject) {
    return presence.clearDoNotDisturb(subject);
  }
}
