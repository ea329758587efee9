package dev.atrium;

import dev.atrium.access.Subject;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.OrgImport;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Atrium for local work on the UI: data in target/dev-data, the administrator
 * admin@atrium.test / Admin-password-1, and a small Chinese company imported on first start.
 * Run from an IDE, or: ./mvnw spring-boot:test-run -Dspring-boot.run.arguments=--server.port=8081
 */
public class TestApplication {

  static final String COMPANY = """
      name,email,department,title,phone,employee_no,manager_email
      张三,zhangsan@atrium.test,研发部/平台组,后端工程师,13800000001,E001,lisi@atrium.test
      李四,lisi@atrium.test,研发部/平台组,组长,13800000002,E002,
      王小明,wangxiaoming@atrium.test,研发部/移动组,iOS 工程师,13800000003,E003,
      赵敏,zhaomin@atrium.test,市场部,市场经理,13800000004,E004,zhaomin@atrium.test
      Emily Chen,emily.chen@atrium.test,市场部/海外市场,Marketing Lead,13800000005,E005,
      """;

  public static void main(String[] args) {
    String[] defaults = {
      "--atrium.data-dir=target/dev-data",
      "--atrium.bootstrap.admin-email=" + TestAccounts.ADMIN_EMAIL,
      "--atrium.bootstrap.admin-password=" + TestAccounts.ADMIN_PASSWORD,
      "--atrium.bootstrap.admin-password-change-required=false"
    };
    SpringApplication.from(Atrium::main)
        .with(SampleCompany.class)
        .run(java.util.stream.Stream.concat(
                java.util.Arrays.stream(defaults), java.util.Arrays.stream(args))
            .toArray(String[]::new));
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class SampleCompany {

    @Bean
    ApplicationRunner importSampleCompany(OrgDirectory directory, OrgImport orgImport) {
      return args -> {
        if (directory.findByEmail("zhangsan@atrium.test").isEmpty()) {
          var admin = directory.findByEmail(TestAccounts.ADMIN_EMAIL).orElseThrow();
          orgImport.run(
              new Subject(admin.id(), false), COMPANY.getBytes(StandardCharsets.UTF_8), false);
        }
      };
    }
  }
}
