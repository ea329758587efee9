package dev.atrium;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import dev.atrium.chat.ChatAlerts;
import dev.atrium.chat.ChatMessages;
import dev.atrium.chat.LinkedMessage;
import dev.atrium.chat.MessageRevised;
import dev.atrium.task.DueTask;
import dev.atrium.task.TaskCalendar;
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
   * Chat is a feature module and names two small parts for others (ADR 0010): {@code chat::alerts},
   * {@link ChatAlerts} alone, whose methods take and answer nothing else of chat, so a caller can
   * reach no other chat type through it; and {@code chat::messages}, a message as others link to
   * it ({@link ChatMessages}, {@link LinkedMessage}) and the event that it was edited or deleted.
   */
  @Test
  void chatOffersOthersOnlyItsAlertsAndLinkedMessages() {
    ApplicationModule chat = modules.getModuleByName("chat").orElseThrow();
    assertThat(chat.getNamedInterfaces().stream()
            .filter(NamedInterface::isNamed)
            .map(NamedInterface::getName))
        .containsExactlyInAnyOrder("alerts", "messages");
    assertThat(chat.getNamedInterfaces()
            .getByName("alerts")
            .orElseThrow()
            .asJavaClasses()
            .map(JavaClass::getName))
        .containsExactly(ChatAlerts.class.getName());
    assertThat(chat.getNamedInterfaces()
            .getByName("messages")
            .orElseThrow()
            .asJavaClasses()
            .map(JavaClass::getName)
            .distinct())
        .containsExactlyInAnyOrder(
            ChatMessages.class.getName(),
            LinkedMessage.class.getName(),
            MessageRevised.class.getName());
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

  /** Tasks names one part, {@code task::calendar}: the due tasks a person's calendar shows. */
  @Test
  void tasksOfferOthersOnlyTheirCalendar() {
    ApplicationModule task = modules.getModuleByName("task").orElseThrow();
    assertThat(task.getNamedInterfaces().stream()
            .filter(NamedInterface::isNamed)
            .map(NamedInterface::getName))
        .containsExactly("calendar");
    assertThat(task.getNamedInterfaces()
            .getByName("calendar")
            .orElseThrow()
            .asJavaClasses()
            .map(JavaClass::getName)
            .distinct())
        .containsExactlyInAnyOrder(TaskCalendar.class.getName(), DueTask.class.getName());
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(modules, "target/modulith-docs").writeDocumentation();
  }
}
