package io.odigos.operator.instrumentor.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionRequest;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionReview;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.odigos.operator.instrumentor.inject.PodInjector;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP side of the webhook, over plain HTTP: the TLS side is in PodWebhookIT. */
class MutatePodsHandlerTest {
  private final KubernetesSerialization json = new KubernetesSerialization();
  private final HttpClient http = HttpClient.newHttpClient();
  private HttpServer server;
  private URI uri;

  @BeforeEach
  void start() throws Exception {
    ConfigLookup broken =
        (ns, name) -> {
          throw new IllegalStateException("cache exploded");
        };
    PodMutator mutator = new PodMutator(broken, PodInjector.withDefaultIgnoredContainers(), json);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(WebhookEndpoint.PATH, new MutatePodsHandler(mutator, json));
    server.start();
    uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + WebhookEndpoint.PATH);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private HttpResponse<String> post(String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anyFailureAllowsThePodUnchanged() throws Exception {
    AdmissionRequest request = new AdmissionRequest();
    request.setUid("u-42");
    request.setNamespace("shop");
    request.setOperation("CREATE");
    request.setObject(
        new ObjectMapper().convertValue(PodMutatorTest.deploymentPod("checkout"), Map.class));
    AdmissionReview review = new AdmissionReview();
    review.setApiVersion("admission.k8s.io/v1");
    review.setKind("AdmissionReview");
    review.setRequest(request);

    HttpResponse<String> response = post(json.asJson(review));

    assertThat(response.statusCode()).isEqualTo(200);
    AdmissionReview answer = json.unmarshal(response.body(), AdmissionReview.class);
    assertThat(answer.getApiVersion()).isEqualTo("admission.k8s.io/v1");
    assertThat(answer.getKind()).isEqualTo("AdmissionReview");
    assertThat(answer.getResponse().getUid()).isEqualTo("u-42");
    assertThat(answer.getResponse().getAllowed()).isTrue();
    assertThat(answer.getResponse().getPatch()).isNull();
  }

  @Test
  void garbageAndOtherMethodsAreRefused() throws Exception {
    assertThat(post("{not json").statusCode()).isEqualTo(400);
    HttpResponse<String> get =
        http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(get.statusCode()).isEqualTo(405);
  }

  @Test
  void parseErrorsAreLoggedWithoutTheBody() {
    var e =
        new IllegalArgumentException(
            new com.fasterxml.jackson.core.JsonParseException(null, "secret=hunter2"));
    assertThat(FailureLog.describe(e)).doesNotContain("hunter2");
    assertThat(FailureLog.describe(new IllegalStateException("cache"))).contains("cache");
  }
}
