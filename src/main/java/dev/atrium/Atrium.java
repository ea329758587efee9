package dev.atrium;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Atrium: a company's internal workspace, one Spring Boot application of Modulith modules. */
@Modulithic(sharedModules = "shared")
@SpringBootApplication(
    excludeName =
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration")
public class Atrium {

  public static void main(String[] args) {
    SpringApplication.run(Atrium.class, args);
  }
}
