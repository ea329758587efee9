package dev.atrium.auth.web;

import dev.atrium.access.Access;
import dev.atrium.auth.CallerLookup;
import dev.atrium.shared.RequestLimits;
import dev.atrium.shared.web.ProblemWriter;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The web's security: our own session cookie and bearer tokens (no servlet session), CSRF tokens
 * for the browser, what each credential may reach (CallerRules, by route), problem documents for
 * every refusal, and a CSP without inline scripts.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
          + "base-uri 'self'; form-action 'self'; object-src 'none'";

  /** SPA mode's readable cookie; a bean so that sign-in can issue a fresh token. */
  @Bean
  CsrfTokenRepository csrfTokens() {
    return CookieCsrfTokenRepository.withHttpOnlyFalse();
  }

  /** A person's request budget; requests over the socket (realtime) draw on it too. */
  @Bean
  RequestLimits personRequestLimits(
      java.time.Clock clock,
      @Value("${atrium.limits.person-per-second:20}") double personRate,
      @Value("${atrium.limits.person-burst:200}") double personBurst) {
    return new RequestLimits(personRate, personBurst, clock);
  }

  /**
   * Spring Security's strict firewall, which refuses {@code ;}, {@code //}, {@code /./}, {@code ..},
   * encoded {@code /}, {@code \}, {@code %} and {@code .}, here also refusing percent-encoded
   * letters, digits, {@code -_~} and control characters. RFC 3986 makes {@code /api/v1/%61dmin} the
   * same path as {@code /api/v1/admin}, and no client needs to spell it so: a path that two readers
   * could read differently never reaches a rule or a route.
   */
  @Bean
  WebSecurityCustomizer plainPathsOnly(ProblemWriter problems) {
    StrictHttpFirewall firewall = new StrictHttpFirewall();
    IntStream.concat(
            IntStream.concat(IntStream.range(0, 0x20), IntStream.of(0x7f)),
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_~".chars())
        .forEach(c -> {
          firewall.getEncodedUrlBlocklist().add("%%%02X".formatted(c));
          firewall.getEncodedUrlBlocklist().add("%%%02x".formatted(c));
        });
    return web -> web.httpFirewall(firewall)
        .requestRejectedHandler(
            (request, response, rejected) -> problems.write(
                response,
                HttpStatus.BAD_REQUEST,
                "request.rejected",
                "The request's path or headers are not written plainly (an encoded letter, ;, //, /./ and the like)."));
  }

  @Bean
  SecurityFilterChain api(
      HttpSecurity http,
      CsrfTokenRepository csrfTokens,
      CallerLookup lookup,
      ProblemWriter problems,
      java.time.Clock clock,
      RequestLimits perPerson,
      Access access,
      @Value("${atrium.limits.address-per-second:10}") double addressRate,
      @Value("${atrium.limits.address-burst:100}") double addressBurst) {
    var perAddress = new RequestLimits(addressRate, addressBurst, clock);
    http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .formLogin(f -> f.disable())
        .httpBasic(b -> b.disable())
        .logout(l -> l.disable())
        .requestCache(c -> c.disable())
        // Every request CallerFilter authenticates counts as an authentication to the session
        // management filter; by default that rotates the CSRF cookie in every answer, and a write
        // fails (auth.csrf-invalid) whenever a parallel answer replaces the cookie between the
        // client reading it and the browser sending it. Sign-in issues a fresh token instead.
        .csrf(csrf -> csrf.spa()
            .csrfTokenRepository(csrfTokens)
            .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy())
            .ignoringRequestMatchers(r -> r.getHeader(HttpHeaders.AUTHORIZATION) != null))
        .addFilterBefore(
            new CallerFilter(lookup, problems, perPerson, perAddress),
            AnonymousAuthenticationFilter.class)
        .authorizeHttpRequests(a -> a.requestMatchers(
                "/api/v1/auth/**",
                "/api/v1/openapi.json",
                "/api/v1/openapi.json/**",
                "/api/v1/openapi.json.yaml",
                "/api/v1/docs/**",
                "/api/v1/swagger-ui/**",
                "/swagger-ui/**",
                "/actuator/health/**",
                // a calendar feed's secret URL is its own credential (calendar clients cannot sign
                // in)
                "/api/v1/calendar-feeds/*")
            .permitAll()
            .requestMatchers("/actuator/prometheus")
            .access(CallerRules.systemAdministrator(access))
            .requestMatchers(
                "/api/v1/me",
                "/api/v1/me/password/**",
                "/api/v1/me/mfa/**",
                "/api/v1/me/preferences/**")
            .access(CallerRules.accountStep())
            .requestMatchers("/api/v1/admin/**")
            .access(CallerRules.administration())
            .requestMatchers("/api/**", "/actuator/**")
            .access(CallerRules.signedIn())
            .anyRequest()
            .permitAll())
        .exceptionHandling(e -> e.authenticationEntryPoint(
                (request, response, ex) -> problems.write(
                    response, HttpStatus.UNAUTHORIZED, "auth.required", "Sign in first."))
            .accessDeniedHandler((request, response, ex) -> {
              if (ex instanceof CsrfException) {
                problems.write(
                    response,
                    HttpStatus.FORBIDDEN,
                    "auth.csrf-invalid",
                    "Reload the page and try again.");
              } else if (ex instanceof AuthorizationDeniedException denied
                  && denied.getAuthorizationResult() instanceof CallerRules.Refusal refusal) {
                problems.write(response, HttpStatus.FORBIDDEN, refusal.code, refusal.detail);
              } else {
                problems.write(
                    response, HttpStatus.FORBIDDEN, "access.denied", "You may not do this.");
              }
            }))
        .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
            .frameOptions(f -> f.deny())
            .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }
}
