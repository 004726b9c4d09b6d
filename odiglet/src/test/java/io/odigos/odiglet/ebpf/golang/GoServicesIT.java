package io.odigos.odiglet.ebpf.golang;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Go test services work as the eBPF tests expect, for every built Go version and both variants:
 * the frontend's {@code /chain/<id>} calls the HTTP backend, the gRPC health service and sqlite,
 * and answers 200.
 */
class GoServicesIT {
  @TempDir Path tmp;

  static List<GoServices.Variant> variants() {
    return GoServices.variants();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void frontendChainsToHttpGrpcAndSqlite(GoServices.Variant v) throws Exception {
    try (GoServiceProcess http = GoServiceProcess.start(v.binary(), "http-backend");
        GoServiceProcess grpc = GoServiceProcess.start(v.binary(), "grpc-backend");
        GoServiceProcess front =
            GoServiceProcess.start(
                v.binary(),
                "frontend",
                "-http-backend",
                "http://127.0.0.1:" + http.port(),
                "-grpc-backend",
                "127.0.0.1:" + grpc.port(),
                "-db",
                tmp.resolve("items.db").toString())) {
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + front.port() + "/chain/42"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(front.log().toString()).isEqualTo(200);
      assertThat(r.body()).isEqualTo("chain 42: hello / SERVING / one\n");
    }
  }
}
