package dev.atrium.search.internal;

import dev.atrium.shared.data.DataDirectory;
import java.lang.invoke.MethodHandles;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search's standalone mapping of {@link IndexedDoc}: embedded Lucene in the data
 * directory's {@code index/} by default; {@code atrium.search.backend=elasticsearch} with
 * {@code atrium.search.elasticsearch.*} points the same mapping at an Elasticsearch or OpenSearch
 * cluster (README, Operations).
 */
@Configuration(proxyBeanMethods = false)
class SearchBackend {

  @Bean(destroyMethod = "close")
  CloseableSearchMapping searchMapping(
      DataDirectory data,
      @Value("${atrium.search.backend:lucene}") String backend,
      @Value("${atrium.search.elasticsearch.hosts:}") String hosts,
      @Value("${atrium.search.elasticsearch.protocol:http}") String protocol,
      @Value("${atrium.search.elasticsearch.username:}") String username,
      @Value("${atrium.search.elasticsearch.password:}") String password) {
    Map<String, Object> settings = new HashMap<>();
    // the index is created when missing and its mapping checked; it is rebuilt from the database on
    // demand
    settings.put("hibernate.search.schema_management.strategy", "create-or-validate");
    // an event's listener completes only once its change is durable (a crash loses nothing) and
    // visible
    settings.put("hibernate.search.indexing.plan.synchronization.strategy", "sync");
    if (backend.equals("elasticsearch")) {
      settings.put("hibernate.search.backend.type", "elasticsearch");
      settings.put("hibernate.search.backend.hosts", hosts);
      settings.put("hibernate.search.backend.protocol", protocol);
      if (!username.isBlank()) {
        settings.put("hibernate.search.backend.username", username);
        settings.put("hibernate.search.backend.password", password);
      }
      settings.put("hibernate.search.backend.analysis.configurer", new ElasticsearchAnalysis());
    } else if (backend.equals("lucene")) {
      settings.put("hibernate.search.backend.type", "lucene");
      settings.put(
          "hibernate.search.backend.directory.root", data.resolve("index").toString());
      settings.put("hibernate.search.backend.analysis.configurer", new Analysis());
    } else {
      throw new IllegalStateException(
          "atrium.search.backend must be lucene or elasticsearch, not " + backend);
    }
    return SearchMapping.builder(
            AnnotatedTypeSource.fromClasses(IndexedDoc.class), MethodHandles.lookup())
        .properties(settings)
        .build();
  }
}
