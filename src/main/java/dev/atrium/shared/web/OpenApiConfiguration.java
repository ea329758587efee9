package dev.atrium.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's description; no server URL, so the document is the same wherever it is generated. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI atriumApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Atrium API")
                .version("v1")
                .description(
                    "The open API of Atrium. Authenticate with a personal API token: Authorization: Bearer atr_..."))
        .components(new Components()
            .addSecuritySchemes(
                "token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
        .addSecurityItem(new SecurityRequirement().addList("token"));
  }

  @Bean
  OpenApiCustomizer withoutServers() {
    return api -> api.setServers(null);
  }

  /** Every operation may answer a problem document; clients read its {@code code}. */
  @Bean
  @SuppressWarnings({"rawtypes", "unchecked"})
  OpenApiCustomizer problemAnswers() {
    return api -> {
      Schema fieldError = new ObjectSchema()
          .addProperty("field", new StringSchema())
          .addProperty("code", new StringSchema())
          .addProperty("message", new StringSchema());
      fieldError.setRequired(java.util.List.of("field", "code", "message"));
      Schema problem = new ObjectSchema()
          .description(
              "RFC 9457 problem details; `code` is stable and is the client's translation key.")
          .addProperty("type", new StringSchema())
          .addProperty("title", new StringSchema())
          .addProperty("status", new IntegerSchema())
          .addProperty("detail", new StringSchema())
          .addProperty("instance", new StringSchema())
          .addProperty("code", new StringSchema())
          .addProperty(
              "errors",
              new ArraySchema().items(new Schema().$ref("#/components/schemas/FieldError")))
          .addProperty("retryAfterSeconds", new IntegerSchema().format("int64"));
      problem.setRequired(java.util.List.of("status", "code"));
      api.getComponents().addSchemas("FieldError", fieldError).addSchemas("Problem", problem);
      ApiResponse answer = new ApiResponse()
          .description("A refusal or failure, as a problem document")
          .content(new Content()
              .addMediaType(
                  "application/problem+json",
                  new MediaType().schema(new Schema().$ref("#/components/schemas/Problem"))));
      api.getPaths()
          .values()
          .forEach(path -> path.readOperations()
              .forEach(operation -> operation.getResponses().addApiResponse("default", answer)));
    };
  }
}
