package dev.atrium.doc;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Saves a page's stored Markdown as a template for its space, or for everyone ({@code companyWide}, administrators only). */
public record SaveTemplate(
    @NotNull UUID pageId,
    @NotBlank @Size(max = 80) String name,
    @Nullable @Size(max = 200) String description,
    @Nullable Boolean companyWide) {

  public boolean forCompany() {
    return Boolean.TRUE.equals(companyWide);
  }
}
