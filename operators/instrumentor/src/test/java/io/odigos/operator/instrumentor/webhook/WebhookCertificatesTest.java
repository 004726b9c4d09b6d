package io.odigos.operator.instrumentor.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.operator.instrumentor.InstrumentorConfig;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookCertificatesTest {

  @Test
  void servingCertificateIsSignedByTheCaAndNamesTheServiceAndLoopback() throws Exception {
    var config = new InstrumentorConfig("odigos-system", 0, "odigos-instrumentor");
    WebhookCertificates certs =
        WebhookCertificates.generate(PodWebhook.dnsNames(config), List.of("127.0.0.1"));

    X509Certificate ca =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(
                    new ByteArrayInputStream(certs.caPem().getBytes(StandardCharsets.US_ASCII)));
    X509Certificate serving = certs.servingCertificate();

    serving.verify(ca.getPublicKey());
    assertThat(ca.getBasicConstraints()).isGreaterThanOrEqualTo(0);
    assertThat(serving.getBasicConstraints()).isEqualTo(-1);
    assertThat(serving.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.1");
    assertThat(serving.getSubjectAlternativeNames())
        .extracting(san -> (Object) san.get(1))
        .contains(
            "odigos-instrumentor",
            "odigos-instrumentor.odigos-system",
            "odigos-instrumentor.odigos-system.svc",
            "localhost",
            "127.0.0.1");
    assertThat(certs.caPem()).startsWith("-----BEGIN CERTIFICATE-----").doesNotContain("PRIVATE");
    assertThat(certs.sslContext().getProtocol()).isEqualTo("TLS");
  }
}
