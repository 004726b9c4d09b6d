package io.odigos.console.destinations.connection;

import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tests a target from this computer: over HTTP a POST of an empty {@code ExportTraceServiceRequest}
 * (zero bytes of protobuf) to the signal's path; over gRPC the signal service's {@code Export} with
 * an empty request. Headers and TLS as the gateway's exporter has them. Logs the target's
 * description only, never a header value.
 */
public final class OtlpConnectionTester implements ConnectionTester {
  private static final Logger log = LoggerFactory.getLogger(OtlpConnectionTester.class);

  private final Duration connectTimeout;
  private final Duration requestTimeout;

  public OtlpConnectionTester(Duration connectTimeout, Duration requestTimeout) {
    this.connectTimeout = connectTimeout;
    this.requestTimeout = requestTimeout;
  }

  @Override
  public ConnectionResult test(ConnectionTarget target) {
    log.info("Testing the connection: {}", target.describe());
    ConnectionResult r =
        target.protocol() == ConnectionTarget.Protocol.HTTP ? http(target) : grpc(target);
    log.info(
        "Connection test of {}: {} in {} ms",
        target.address(),
        r.ok() ? "accepted" : "failed",
        r.latency().toMillis());
    return r;
  }

  private ConnectionResult http(ConnectionTarget target) {
    long start = System.nanoTime();
    try {
      HttpClient.Builder b =
          HttpClient.newBuilder()
              .connectTimeout(connectTimeout)
              .followRedirects(HttpClient.Redirect.NEVER);
      if (target.https() && (target.caPem() != null || target.skipVerify())) {
        b.sslContext(sslContext(target));
      }
      try (HttpClient client = b.build()) {
        HttpRequest.Builder req =
            HttpRequest.newBuilder(URI.create(target.address()))
                .timeout(requestTimeout)
                .header("Content-Type", "application/x-protobuf")
                .POST(HttpRequest.BodyPublishers.noBody());
        target.headers().forEach((k, v) -> addHeader(req, k, v));
        HttpResponse<String> resp =
            client.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return HttpAnswers.of(target, resp.statusCode(), resp.body(), since(start));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ConnectionResult.failure("The test was interrupted");
    } catch (IOException | RuntimeException e) {
      return ConnectionResult.failure(FailureWords.of(target, e), since(start));
    }
  }

  private static void addHeader(HttpRequest.Builder req, String name, String value) {
    try {
      req.header(name, value);
    } catch (IllegalArgumentException restricted) {
      // Host, Connection... are set by the client itself
    }
  }

  private ConnectionResult grpc(ConnectionTarget target) {
    long start = System.nanoTime();
    ManagedChannel channel = null;
    try {
      NettyChannelBuilder b =
          NettyChannelBuilder.forTarget(target.address())
              .withOption(
                  io.grpc.netty.shaded.io.netty.channel.ChannelOption.CONNECT_TIMEOUT_MILLIS,
                  (int) connectTimeout.toMillis());
      if (target.plaintext()) {
        b.usePlaintext();
      } else {
        SslContextBuilder ssl = GrpcSslContexts.forClient();
        if (target.skipVerify()) {
          ssl.trustManager(InsecureTrustManagerFactory.INSTANCE);
        } else if (target.caPem() != null) {
          ssl.trustManager(certificates(target.caPem()));
        }
        b.sslContext(ssl.build());
      }
      Metadata headers = new Metadata();
      target
          .headers()
          .forEach(
              (k, v) ->
                  headers.put(
                      Metadata.Key.of(k.toLowerCase(Locale.ROOT), Metadata.ASCII_STRING_MARSHALLER),
                      v));
      channel = b.build();
      var intercepted =
          io.grpc.ClientInterceptors.intercept(
              channel, MetadataUtils.newAttachHeadersInterceptor(headers));
      ClientCalls.blockingUnaryCall(
          intercepted,
          method(target.grpcMethod()),
          CallOptions.DEFAULT.withDeadlineAfter(requestTimeout.toMillis(), TimeUnit.MILLISECONDS),
          new byte[0]);
      Duration took = since(start);
      return ConnectionResult.success(
          "Connected: "
              + target.address()
              + " accepted an empty OTLP export over gRPC ("
              + took.toMillis()
              + " ms)",
          took);
    } catch (StatusRuntimeException e) {
      return ConnectionResult.failure(grpcWords(target, e.getStatus()), since(start));
    } catch (IOException | RuntimeException e) {
      return ConnectionResult.failure(FailureWords.of(target, e), since(start));
    } finally {
      if (channel != null) {
        channel.shutdownNow();
      }
    }
  }

  private static String grpcWords(ConnectionTarget target, Status status) {
    String code = status.getCode().name();
    String desc = target.redact(status.getDescription() == null ? "" : status.getDescription());
    return switch (status.getCode()) {
      case UNAUTHENTICATED, PERMISSION_DENIED ->
          "The API key was refused (gRPC " + code + " from " + target.address() + ")";
      case UNIMPLEMENTED ->
          "gRPC UNIMPLEMENTED: "
              + target.address()
              + " speaks gRPC but has no OTLP "
              + target.signal().name().toLowerCase(Locale.ROOT)
              + " service";
      case DEADLINE_EXCEEDED -> "No answer from " + target.address() + " in time (gRPC deadline)";
      case UNAVAILABLE ->
          status.getCause() != null
              ? FailureWords.of(target, status.getCause())
              : "gRPC UNAVAILABLE from " + target.address() + ": " + desc;
      default -> "gRPC " + code + " from " + target.address() + (desc.isEmpty() ? "" : ": " + desc);
    };
  }

  private static MethodDescriptor<byte[], byte[]> method(String fullName) {
    return MethodDescriptor.<byte[], byte[]>newBuilder()
        .setType(MethodDescriptor.MethodType.UNARY)
        .setFullMethodName(fullName)
        .setRequestMarshaller(RawBytes.INSTANCE)
        .setResponseMarshaller(RawBytes.INSTANCE)
        .build();
  }

  /** Protobuf bytes as they are: an empty export request is zero bytes. */
  private enum RawBytes implements MethodDescriptor.Marshaller<byte[]> {
    INSTANCE;

    @Override
    public InputStream stream(byte[] value) {
      return new ByteArrayInputStream(value);
    }

    @Override
    public byte[] parse(InputStream stream) {
      try {
        return stream.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static SSLContext sslContext(ConnectionTarget target) {
    try {
      SSLContext ctx = SSLContext.getInstance("TLS");
      TrustManager[] trust;
      if (target.skipVerify()) {
        trust = new TrustManager[] {new TrustAll()};
      } else {
        TrustManagerFactory tmf =
            TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
        ks.load(null, null);
        int i = 0;
        for (X509Certificate c : certificates(target.caPem())) {
          ks.setCertificateEntry("ca-" + i++, c);
        }
        tmf.init(ks);
        trust = tmf.getTrustManagers();
      }
      ctx.init(null, trust, null);
      return ctx;
    } catch (java.security.GeneralSecurityException | IOException e) {
      throw new IllegalArgumentException("The certificate authority cannot be used: " + e, e);
    }
  }

  private static X509Certificate[] certificates(String pem) {
    try {
      var certs =
          CertificateFactory.getInstance("X.509")
              .generateCertificates(
                  new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
      return certs.stream().map(X509Certificate.class::cast).toArray(X509Certificate[]::new);
    } catch (java.security.cert.CertificateException e) {
      throw new IllegalArgumentException("The certificate authority is not a PEM certificate", e);
    }
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  /** Skip certificate verification, as the form's "Only for testing" option says. */
  private static final class TrustAll implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
