package dev.atrium.org;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.IntegrationTest;
import dev.atrium.access.Subject;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The HTTP surface the web client is written against: paths, status codes, problem documents and
 * Chinese text intact in both directions. The caller arrives as a {@link Subject} principal, the
 * way the auth module's filter will hand it over.
 */
@IntegrationTest
class OrgHttpTests {

  @Autowired WebApplicationContext context;
  @Autowired OrgTestData data;

  MockMvc http;

  @BeforeEach
  void client() {
    http = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
  }

  @Test
  void anAdministratorCreatesADepartmentAndAPersonAndFindsThemByPinyin() throws Exception {
    String name = data.unique("研发部");
    String body = http.perform(post("/api/v1/departments").with(as(data.admin())).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\":\"" + name + "\",\"parentId\":\"" + data.root().id() + "\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.name").value(name))
        .andExpect(jsonPath("$.capabilities.canEdit").value(true))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    String departmentId = JsonPath.read(body, "$.id");

    http.perform(post("/api/v1/people").with(as(data.admin())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\":\"王小明\",\"email\":\"" + data.unique("wang") + "@example.com\",\"primaryDepartmentId\":\""
                + departmentId + "\",\"title\":\"工程师\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.name").value("王小明"))
        .andExpect(jsonPath("$.status").value("ACTIVE"))
        .andExpect(jsonPath("$.departmentPath[1].name").value(name))
        .andExpect(jsonPath("$.capabilities.canSuspend").value(true));

    http.perform(get("/api/v1/people").with(as(data.admin())).param("q", "wxm").param("departmentId", departmentId))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].name").value("王小明"))
        .andExpect(jsonPath("$.items[0].departmentName").value(name));
  }

  @Test
  void refusalsArriveAsProblemsWithStableCodes() throws Exception {
    Department rnd = data.department("研发部");
    PersonProfile zhang = data.person("张三", rnd);

    http.perform(post("/api/v1/people").with(as(data.admin())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\":\"李四\",\"email\":\"" + zhang.email() + "\",\"primaryDepartmentId\":\"" + rnd.id() + "\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("org.email-taken"));
    http.perform(post("/api/v1/people").with(as(data.admin())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\":\"\",\"email\":\"nope\",\"primaryDepartmentId\":\"" + rnd.id() + "\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("email")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("name")));
    http.perform(patch("/api/v1/departments/" + rnd.id()).with(as(data.subjectOf(zhang))).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"改名\"}"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("access.denied"));
    http.perform(get("/api/v1/people/" + UUID.randomUUID()).with(as(data.admin())))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("org.person-not-found"));
  }

  @Test
  void aRefusedImportListsEveryProblemInTheProblemDocument() throws Exception {
    MockMultipartFile file = new MockMultipartFile("file", "org.csv", "text/csv",
        ("name,email,department\n,someone@example.com,研发部\n张三,bad,研发部\n").getBytes(StandardCharsets.UTF_8));

    http.perform(multipart("/api/v1/admin/org-import").file(file).param("dryRun", "false").with(as(data.admin())).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("org.import-invalid"))
        .andExpect(jsonPath("$.errors[0].line").value(2))
        .andExpect(jsonPath("$.errors[0].field").value("name"))
        .andExpect(jsonPath("$.errors[1].code").value("email"));
    http.perform(multipart("/api/v1/admin/org-import").file(file).with(as(data.admin())).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.applied").value(false))
        .andExpect(jsonPath("$.rowCount").value(2));
  }

  private static RequestPostProcessor as(Subject subject) {
    return authentication(new TestingAuthenticationToken(subject, null, "ROLE_USER"));
  }
}
