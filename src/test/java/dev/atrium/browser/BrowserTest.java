package dev.atrium.browser;

import dev.atrium.IntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application, as {@link IntegrationTest}, but in an application context of its own.
 * MockMvc tests that use Spring Security's {@code csrf()} post-processor swap the shared context's
 * CSRF token repository for a test one, after which the real server stops setting the XSRF-TOKEN
 * cookie and no browser can sign in. Browser tests must see the server exactly as people do.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@TestPropertySource(properties = "atrium.test.context=browser")
@interface BrowserTest {}
