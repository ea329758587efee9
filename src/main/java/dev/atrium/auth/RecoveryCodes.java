package dev.atrium.auth;

import dev.atrium.auth.internal.Secrets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

/** One-use codes that stand in for the authenticator app; only their digests are stored. */
final class RecoveryCodes {

  static final int COUNT = 10;
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private RecoveryCodes() {}

  static List<String> generate() {
    return IntStream.range(0, COUNT)
        .mapToObj(i -> {
          StringBuilder code = new StringBuilder();
          for (int c = 0; c < 10; c++) {
            if (c == 5) {
              code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
          }
          return code.toString();
        })
        .toList();
  }

  static String hash(String code) {
    return HexFormat.of().formatHex(Secrets.sha256(code.replace("-", "")));
  }
}
