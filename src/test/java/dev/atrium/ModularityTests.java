package dev.atrium;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(Atrium.class);

  @Test
  void modulesOnlyUseEachOthersPublicApiAndFormNoCycle() {
    modules.verify();
  }

  /** Notify is a platform module: features publish notices to it, it never reaches back into one. */
  @Test
  void notifyKnowsNoFeature() {
    ApplicationModule notify = modules.getModuleByName("notify").orElseThrow();
    assertThat(notify.getDirectDependencies(modules).stream()
            .map(dependency -> dependency.getTargetModule().getIdentifier().toString()))
        .isSubsetOf("shared", "access", "org", "realtime");
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(modules, "target/modulith-docs").writeDocumentation();
  }
}
