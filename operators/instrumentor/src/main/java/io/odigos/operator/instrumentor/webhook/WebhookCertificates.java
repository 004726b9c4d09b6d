package io.odigos.operator.instrumentor.webhook;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The webhook's own CA and serving certificate, made at start and kept in memory only: the API
 * server trusts the CA through the webhook configuration's {@code caBundle}. The private keys never
 * leave this object.
 */
final class WebhookCertificates {
  private static final Duration VALIDITY = Duration.ofDays(3650);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final X509Certificate ca;
  private final X509Certificate serving;
  private final KeyPair servingKeys;

  private WebhookCertificates(X509Certificate ca, X509Certificate serving, KeyPair servingKeys) {
    this.ca = ca;
    this.serving = serving;
    this.servingKeys = servingKeys;
  }

  /** A fresh CA and a serving certificate it signed for these DNS names and IP addresses. */
  static WebhookCertificates generate(List<String> dnsNames, List<String> ipAddresses) {
    try {
      Instant now = Instant.now();
      KeyPair caKeys = newKeyPair();
      X500Name caName = new X500Name("CN=odigos-webhook-ca");
      var extensions = new JcaX509ExtensionUtils();
      X509v3CertificateBuilder caBuilder =
          builder(caName, caName, caKeys, now)
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
              .addExtension(
                  Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
              .addExtension(
                  Extension.subjectKeyIdentifier,
                  false,
                  extensions.createSubjectKeyIdentifier(caKeys.getPublic()));
      X509Certificate ca = sign(caBuilder, caKeys);

      KeyPair servingKeys = newKeyPair();
      GeneralName[] names =
          java.util.stream.Stream.concat(
                  dnsNames.stream().map(n -> new GeneralName(GeneralName.dNSName, n)),
                  ipAddresses.stream().map(ip -> new GeneralName(GeneralName.iPAddress, ip)))
              .toArray(GeneralName[]::new);
      X509v3CertificateBuilder servingBuilder =
          builder(caName, new X500Name("CN=" + dnsNames.getFirst()), servingKeys, now)
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
              .addExtension(
                  Extension.keyUsage,
                  true,
                  new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
              .addExtension(
                  Extension.extendedKeyUsage,
                  false,
                  new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
              .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names))
              .addExtension(
                  Extension.authorityKeyIdentifier,
                  false,
                  extensions.createAuthorityKeyIdentifier(ca));
      return new WebhookCertificates(ca, sign(servingBuilder, caKeys), servingKeys);
    } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
      throw new IllegalStateException("Cannot generate the webhook certificates", e);
    }
  }

  /** The CA certificate as PEM, for the webhook configuration's caBundle. */
  String caPem() {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
      pem.writeObject(ca);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot encode the CA certificate", e);
    }
    return out.toString();
  }

  X509Certificate servingCertificate() {
    return serving;
  }

  /** A TLS context presenting the serving certificate (with the CA in its chain). */
  SSLContext sslContext() {
    try {
      char[] password = new char[0];
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(
          "webhook", servingKeys.getPrivate(), password, new Certificate[] {serving, ca});
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(store, password);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(kmf.getKeyManagers(), null, RANDOM);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("Cannot build the webhook's TLS context", e);
    }
  }

  private static KeyPair newKeyPair() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
    return generator.generateKeyPair();
  }

  private static X509v3CertificateBuilder builder(
      X500Name issuer, X500Name subject, KeyPair keys, Instant now) {
    return new JcaX509v3CertificateBuilder(
        issuer,
        new BigInteger(127, RANDOM).add(BigInteger.ONE),
        Date.from(now.minus(Duration.ofHours(1))),
        Date.from(now.plus(VALIDITY)),
        subject,
        keys.getPublic());
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuerKeys)
      throws OperatorCreationException, GeneralSecurityException {
    var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate());
    return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
  }
}
