package dev.atrium.announce;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A category of announcements (公司新闻, 制度政策, …), named in both languages; archived ones take no new announcements. */
public record AnnouncementCategory(
    @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}") String key,
    @NotNull @Valid CategoryName name,
    boolean archived) {

  public record CategoryName(
      @NotBlank @Size(max = 40) String zh,
      @NotBlank @Size(max = 40) String en) {}
}
