package dev.atrium.mail.internal.smtp;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.util.Locale;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.simplejavamail.utils.mail.dkim.Canonicalization;
import org.simplejavamail.utils.mail.dkim.DkimException;
import org.simplejavamail.utils.mail.dkim.DkimMessage;
import org.simplejavamail.utils.mail.dkim.DkimSigner;
import org.simplejavamail.utils.mail.dkim.SigningAlgorithm;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * DKIM signatures (RFC 6376, rsa-sha256, relaxed/relaxed) for mail from a domain that has a key in
 * {@code mail.dkim_key}, made by utils-mail-dkim. Mail from a domain without one goes unsigned.
 */
@Component
class DkimKeys {

  private final JdbcClient jdbc;

  DkimKeys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The message as it goes out: signed when the From address's domain has a key. */
  byte[] bytes(MimeMessage message, String fromAddress) throws MessagingException {
    var out = new ByteArrayOutputStream();
    try {
      Optional<DkimSigner> signer = signer(fromAddress);
      if (signer.isPresent()) {
        new DkimMessage(message, signer.get()).writeTo(out);
      } else {
        message.writeTo(out);
      }
    } catch (IOException e) {
      throw new MessagingException("could not write the message", e);
    }
    return out.toByteArray();
  }

  private Optional<DkimSigner> signer(String fromAddress) throws MessagingException {
    String domain =
        fromAddress.substring(fromAddress.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    Optional<String[]> key = jdbc.sql(
            "select selector, private_key_pem from mail.dkim_key where domain = ?")
        .param(domain)
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
        .optional();
    if (key.isEmpty()) {
      return Optional.empty();
    }
    try {
      var signer = new DkimSigner(domain, key.get()[0], rsaKey(key.get()[1]));
      signer.setSigningAlgorithm(SigningAlgorithm.SHA256_WITH_RSA);
      signer.setHeaderCanonicalization(Canonicalization.RELAXED);
      signer.setBodyCanonicalization(Canonicalization.RELAXED);
      // the published record is the administrator's business; a check here would need DNS
      signer.setCheckDomainKey(false);
      return Optional.of(signer);
    } catch (DkimException | IOException e) {
      throw new MessagingException("the DKIM key of " + domain + " is unusable", e);
    }
  }

  /** A PKCS#8 ("BEGIN PRIVATE KEY") or PKCS#1 ("BEGIN RSA PRIVATE KEY") PEM key. */
  static RSAPrivateKey rsaKey(String pem) throws IOException {
    try (var parser = new PEMParser(new StringReader(pem))) {
      Object read = parser.readObject();
      var converter = new JcaPEMKeyConverter();
      PrivateKey key = switch (read) {
        case PEMKeyPair pair -> converter.getKeyPair(pair).getPrivate();
        case PrivateKeyInfo info -> converter.getPrivateKey(info);
        case null, default -> throw new IOException("no private key in the PEM text");
      };
      if (key instanceof RSAPrivateKey rsa) {
        return rsa;
      }
      throw new IOException("the DKIM key is not an RSA key");
    }
  }
}
