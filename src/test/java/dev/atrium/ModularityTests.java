package dev.atrium;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(Atrium.class);

  @Test
  void modulesOnlyUseEachOthersPublicApiAndFormNoCycle() {
    modules.verify();
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(modules, "target/modulith-docs").writeDocumentation();
  }
}
