package dev.atrium.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.Components;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's description; no server URL, so the document is the same wherever it is generated. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI atriumApi() {
    return new OpenAPI()
        .info(new Info().title("Atrium API").version("v1")
            .description("The open API of Atrium. Authenticate with a personal API token: Authorization: Bearer atr_..."))
        .components(new Components().addSecuritySchemes("token", new SecurityScheme()
            .type(SecurityScheme.Type.HTTP).scheme("bearer")))
        .addSecurityItem(new SecurityRequirement().addList("token"));
  }

  @Bean
  OpenApiCustomizer withoutServers() {
    return api -> api.setServers(null);
  }
}
