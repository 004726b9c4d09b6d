package io.odigos.operator.instrumentor.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionRequest;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionResponse;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionReview;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * {@code POST /mutate-pods}: AdmissionReview v1 in and out. Whatever goes wrong, the pod is allowed
 * unchanged: the webhook must never be the reason a pod is not created.
 */
final class MutatePodsHandler implements HttpHandler {
  private static final Logger log = LoggerFactory.getLogger(MutatePodsHandler.class);
  private static final int MAX_BODY = 8 * 1024 * 1024;

  private final PodMutator mutator;
  private final KubernetesSerialization json;
  private final FailureLog failures = new FailureLog(log);

  MutatePodsHandler(PodMutator mutator, KubernetesSerialization json) {
    this.mutator = mutator;
    this.json = json;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      AdmissionReview review;
      try (InputStream in = exchange.getRequestBody()) {
        review =
            json.unmarshal(
                new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8), AdmissionReview.class);
      } catch (RuntimeException e) {
        failures.failed("Unreadable admission review", e);
        exchange.sendResponseHeaders(400, -1);
        return;
      }
      AdmissionReview answer = new AdmissionReview();
      answer.setApiVersion("admission.k8s.io/v1");
      answer.setKind("AdmissionReview");
      answer.setResponse(respond(review.getRequest()));
      byte[] body = json.asJson(answer).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    }
  }

  private AdmissionResponse respond(AdmissionRequest request) {
    if (request == null) {
      return PodMutator.allow(null);
    }
    MDC.put("resource.namespace", request.getNamespace());
    MDC.put("resource.name", request.getName());
    try {
      return mutator.mutate(request);
    } catch (RuntimeException e) {
      failures.failed("Pod injection failed", e);
      return PodMutator.allow(request.getUid());
    } finally {
      MDC.remove("resource.namespace");
      MDC.remove("resource.name");
    }
  }
}
