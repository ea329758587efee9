package dev.atrium;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import dev.atrium.chat.ChatAlerts;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
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

  /**
   * Chat is a feature module and names one small part for others (ADR 0010): {@code chat::alerts},
   * {@link ChatAlerts} alone, whose methods take and answer nothing else of chat, so a caller can
   * reach no other chat type through it.
   */
  @Test
  void chatOffersOthersOnlyItsAlerts() {
    ApplicationModule chat = modules.getModuleByName("chat").orElseThrow();
    assertThat(chat.getNamedInterfaces().stream()
            .filter(NamedInterface::isNamed)
            .map(NamedInterface::getName))
        .containsExactly("alerts");
    assertThat(chat.getNamedInterfaces()
            .getByName("alerts")
            .orElseThrow()
            .asJavaClasses()
            .map(JavaClass::getName))
        .containsExactly(ChatAlerts.class.getName());
    for (Method method : ChatAlerts.class.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers())) {
        List<Class<?>> types = new ArrayList<>(List.of(method.getParameterTypes()));
        types.add(method.getReturnType());
        assertThat(types)
            .as(method.getName())
            .noneMatch(type -> type.getPackageName().startsWith("dev.atrium.chat"));
      }
    }
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(modules, "target/modulith-docs").writeDocumentation();
  }
}
