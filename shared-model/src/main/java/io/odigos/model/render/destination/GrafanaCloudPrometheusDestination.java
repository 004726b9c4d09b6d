package io.odigos.model.render.destination;

import java.util.Optional;

/** {@code grafanacloudprometheus}: a Grafana Cloud stack's remote write with basic auth. */
public final class GrafanaCloudPrometheusDestination implements DestinationConfigurer {

  @Override
  public String type() {
    return "grafanacloudprometheus";
  }

  @Override
  public DestinationExport configure(DestinationValues v) throws InvalidDestinationException {
    String url =
        RemoteWrite.url(v, "GRAFANA_CLOUD_PROMETHEUS_RW_ENDPOINT", "https", -1, "/api/prom/push");
    ExportBuilder export = new ExportBuilder(v);
    String auth =
        Authenticators.requiredBasicAuth(
            v, export, "GRAFANA_CLOUD_PROMETHEUS_USERNAME", "GRAFANA_CLOUD_PROMETHEUS_PASSWORD");
    return export
        .exporter(
            v.componentId(CollectorTypes.PROMETHEUS_REMOTE_WRITE),
            RemoteWrite.exporter(url, Optional.of(auth)))
        .build();
  }
}
