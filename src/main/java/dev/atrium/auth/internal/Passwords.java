package dev.atrium.auth.internal;

import dev.atrium.shared.DomainException;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Argon2id hashing and the password rules. The cost defaults to Spring Security's (16 MiB, two
 * passes); an operator may raise it. Each hash records its own parameters, so changing the cost
 * later still verifies every stored password.
 */
@Component
public class Passwords {

  static final int MIN_LENGTH = 10;
  static final int MAX_LENGTH = 200;
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private final Argon2PasswordEncoder encoder;
  /** Verified against when an account does not exist, so a wrong e-mail costs as long as a wrong password. */
  private final String decoy;

  Passwords(
      @Value("${atrium.auth.argon2-memory-kib:16384}") int memoryKib,
      @Value("${atrium.auth.argon2-iterations:2}") int iterations) {
    this.encoder = new Argon2PasswordEncoder(16, 32, 1, memoryKib, iterations);
    this.decoy = hash("decoy-password-never-used");
  }

  public String hash(String password) {
    // Spring's encoder answers null only for a null password
    return Objects.requireNonNull(encoder.encode(password));
  }

  public boolean matches(String password, String hash) {
    return encoder.matches(password, hash);
  }

  public void burnTime(String password) {
    encoder.matches(password, decoy);
  }

  public void checkStrength(String password, String email) {
    if (password.length() < MIN_LENGTH
        || password.length() > MAX_LENGTH
        || password.equalsIgnoreCase(email)) {
      throw new DomainException(
          org.springframework.http.HttpStatus.BAD_REQUEST,
          "auth.password-too-weak",
          "A password needs " + MIN_LENGTH + " to " + MAX_LENGTH
              + " characters and must not be the e-mail address.",
          Map.of("minLength", MIN_LENGTH));
    }
  }

  /** A one-time password an administrator hands over; the person must change it at sign-in. */
  public static String temporary() {
    var random = new java.security.SecureRandom();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 14; i++) {
      if (i > 0 && i % 5 == 0) {
        out.append('-');
      }
      out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }
}
