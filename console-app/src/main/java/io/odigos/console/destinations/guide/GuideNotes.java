package io.odigos.console.destinations.guide;

import io.odigos.model.catalog.DestinationType;
import java.util.Map;
import java.util.Optional;

/**
 * Our own short advice per category and for the common types: where to find the key, what the
 * endpoint looks like. The catalog says what each field is; these say where its value comes from.
 */
public final class GuideNotes {
  private static final GuideNote MANAGED =
      GuideNote.of(
          "This is a hosted service: you need an account with it and a key that is allowed to"
              + " ingest data. Secret fields go into a Kubernetes Secret in the Odigos namespace;"
              + " the gateway collector reads them from its environment, and the console never"
              + " reads them back.");

  private static final GuideNote SELF_HOSTED =
      GuideNote.of(
          "The gateway collector runs inside your cluster, so give an address it can reach from"
              + " there, usually the Kubernetes service name: service.namespace:port (or"
              + " service.namespace.svc.cluster.local:port). Test connection sends an empty OTLP"
              + " export to that address; addresses ending in .svc or .cluster.local are reached"
              + " through the Kubernetes API server (HTTP only).");

  private static final Map<String, GuideNote> BY_TYPE =
      Map.ofEntries(
          Map.entry(
              "otlp",
              GuideNote.of(
                      "OTLP over gRPC listens on port 4317 by convention. Write host:port without"
                          + " a path. A receiver without TLS needs http:// in front (or Enable"
                          + " TLS left off); https:// or Enable TLS encrypts the connection.")
                  .linking("OTLP specification", "https://opentelemetry.io/docs/specs/otlp/")),
          Map.entry(
              "otlphttp",
              GuideNote.of(
                      "OTLP over HTTP listens on port 4318 by convention. Give the base URL, e.g."
                          + " http://collector.monitoring:4318: the exporter appends /v1/traces,"
                          + " /v1/metrics and /v1/logs. Fill the per-signal URLs only when the"
                          + " receiver uses other paths.")
                  .linking("OTLP specification", "https://opentelemetry.io/docs/specs/otlp/")),
          Map.entry(
              "honeycomb",
              GuideNote.of(
                      "Use an ingest key: in Honeycomb open the environment's settings, then API"
                          + " Keys, and create a key that can send events. Pick the EU region only"
                          + " if your team lives on ui.eu1.honeycomb.io.")
                  .linking("Honeycomb documentation", "https://docs.honeycomb.io/")),
          Map.entry(
              "datadog",
              GuideNote.of(
                      "Create an API key under Organization Settings → API Keys (an application"
                          + " key will not do). The site is the domain you log in to, e.g."
                          + " datadoghq.eu for app.datadoghq.eu.")
                  .linking("Datadog documentation", "https://docs.datadoghq.com/")),
          Map.entry(
              "newrelic",
              GuideNote.of(
                      "Use a license key (type INGEST - LICENSE) from the API keys page of your"
                          + " account. Accounts in the EU data center use the eu01 endpoint.")
                  .linking("New Relic documentation", "https://docs.newrelic.com/")),
          Map.entry(
              "dynatrace",
              GuideNote.of(
                      "The environment URL is the address of your Dynatrace environment, e.g."
                          + " https://abc12345.live.dynatrace.com. Create an access token with the"
                          + " OpenTelemetry ingest scopes for traces, metrics and logs.")
                  .linking("Dynatrace documentation", "https://docs.dynatrace.com/")),
          Map.entry(
              "coralogix",
              GuideNote.of(
                      "Take the Send-Your-Data API key from the Data Flow → API Keys page. The"
                          + " domain is the one in your Coralogix address (e.g. eu2.coralogix.com)."
                          + " Application and subsystem names are yours to choose.")
                  .linking("Coralogix documentation", "https://coralogix.com/docs/")),
          Map.entry(
              "splunkotlp",
              GuideNote.of(
                  "Create an access token with the INGEST authorization scope in Splunk"
                      + " Observability Cloud. The realm is the part after app. in your address"
                      + " (app.us1.signalfx.com → us1).")),
          Map.entry(
              "grafanacloudtempo",
              GuideNote.of(
                      "On grafana.com open your stack, then Tempo → Details: it shows the endpoint"
                          + " (host:443) and the numeric user. Create an access policy token with"
                          + " the traces:write scope for the password.")
                  .linking(
                      "Grafana Cloud documentation", "https://grafana.com/docs/grafana-cloud/")),
          Map.entry(
              "grafanacloudprometheus",
              GuideNote.of(
                      "On grafana.com open your stack, then Prometheus → Details: it shows the"
                          + " remote write URL and the numeric user. The token needs the"
                          + " metrics:write scope.")
                  .linking(
                      "Grafana Cloud documentation", "https://grafana.com/docs/grafana-cloud/")),
          Map.entry(
              "grafanacloudloki",
              GuideNote.of(
                      "On grafana.com open your stack, then Loki → Details: it shows the URL and"
                          + " the numeric user. The token needs the logs:write scope.")
                  .linking(
                      "Grafana Cloud documentation", "https://grafana.com/docs/grafana-cloud/")),
          Map.entry(
              "signoz",
              GuideNote.of(
                  "Self-hosted: the OTLP gRPC service of SigNoz's collector, e.g."
                      + " signoz-otel-collector.platform:4317, no key. SigNoz Cloud: the ingest"
                      + " address of your region with https:// and port 443, and the ingestion key"
                      + " from the settings.")),
          Map.entry(
              "uptrace",
              GuideNote.of(
                  "Copy the DSN from the project's settings in Uptrace; it carries the project"
                      + " token, so it is stored in the Secret. Keep the endpoint for Uptrace"
                      + " Cloud.")),
          Map.entry(
              "jaeger",
              GuideNote.of(
                  "Point at the Jaeger collector's OTLP gRPC port (4317), e.g."
                      + " jaeger-collector.tracing:4317. Jaeger 1.35 and later accept OTLP; the"
                      + " collector must run with OTLP enabled.")),
          Map.entry(
              "tempo",
              GuideNote.of(
                  "Point at Tempo's distributor with its OTLP gRPC receiver enabled, e.g."
                      + " tempo-distributor.tempo:4317.")),
          Map.entry(
              "debug",
              GuideNote.of(
                  "Writes what the gateway receives to the gateway's own log. Useful to check"
                      + " that data flows; not for production.")));

  private GuideNotes() {}

  /** The note of the type's category. */
  public static GuideNote forCategory(String category) {
    return DestinationType.MANAGED.equals(category) ? MANAGED : SELF_HOSTED;
  }

  /** The note written for this type, if there is one. */
  public static Optional<GuideNote> forType(String type) {
    return Optional.ofNullable(BY_TYPE.get(type));
  }
}
