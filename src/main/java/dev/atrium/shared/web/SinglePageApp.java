package dev.atrium.shared.web;

import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the web client: hashed assets cached for a year and sent compressed (Brotli or gzip, made
 * at build time) to browsers that accept it, and {@code index.html} for every other
 * path that is not an API, so the client's router can take deep links such as /directory/people/…
 */
@Configuration(proxyBeanMethods = false)
class SinglePageApp implements WebMvcConfigurer {

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/assets/**")
        .addResourceLocations("classpath:/static/assets/")
        .setCacheControl(
            CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable())
        // the build writes a .br and a .gz beside each script and style sheet (web/vite.config.ts)
        .resourceChain(true)
        .addResolver(new EncodedResourceResolver());
    registry
        .addResourceHandler("/**")
        .addResourceLocations("classpath:/static/")
        .setCacheControl(CacheControl.noCache())
        .resourceChain(true)
        .addResolver(new PathResourceResolver() {
          @Override
          protected @Nullable Resource getResource(String path, Resource location)
              throws IOException {
            Resource found = location.createRelative(path);
            if (found.isReadable() && found.exists()) {
              return found;
            }
            if (path.startsWith("api/")
                || path.startsWith("actuator/")
                || path.startsWith("assets/")) {
              return null;
            }
            Resource index = new ClassPathResource("/static/index.html");
            return index.exists() ? index : null;
          }
        });
  }
}
