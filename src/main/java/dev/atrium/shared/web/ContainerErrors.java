package dev.atrium.shared.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tomcat reports its own errors (those it answers before the application sees the request) as problem documents. */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

  @Bean
  WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemReports(
      ProblemWriter problems) {
    return factory -> factory.addContextCustomizers(context -> {
      // the host adds its default (HTML) report valve at start unless one of this class is already
      // there
      StandardHost host = (StandardHost) context.getParent();
      host.setErrorReportValveClass(ProblemReportValve.class.getName());
      host.getPipeline().addValve(new ProblemReportValve(problems));
    });
  }
}
