package io.odigos.console.destinations.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.model.catalog.DestinationCatalog;
import io.odigos.model.catalog.DestinationField;
import io.odigos.model.catalog.DestinationType;
import io.odigos.model.catalog.FieldType;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SetupGuideTest {
  private final DestinationCatalog catalog = DestinationCatalog.defaultCatalog();

  @Test
  void theGuideListsEveryFieldWithWhatTheCatalogSaysOfIt() {
    DestinationType honeycomb = catalog.find("honeycomb").orElseThrow();
    String html = SetupGuide.html(honeycomb, true, false);

    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<h1>Honeycomb</h1>")
        .contains("Managed service")
        .contains("signals: traces, metrics, logs")
        .contains(honeycomb.docs());
    // each field: its label, required or not, secret or not, its key, default and options
    assertThat(fieldBlock(html, "HONEYCOMB_API_KEY"))
        .contains("API Key")
        .contains("required")
        .contains("class=\"secret\"")
        .contains("An ingest key of the Honeycomb environment to send to.");
    assertThat(fieldBlock(html, "HONEYCOMB_ENDPOINT"))
        .contains("optional")
        .doesNotContain("class=\"secret\"")
        .contains("<code>api.honeycomb.io</code>, <code>api.eu1.honeycomb.io</code>")
        .contains("Default: <code>api.honeycomb.io</code>");
    assertThat(fieldBlock(html, "HONEYCOMB_METRICS_DATASET")).contains("odigos-metrics");
    // our own words: the category's and the type's
    assertThat(html).contains("ingest key").contains("Kubernetes Secret in the Odigos namespace");
    assertThat(html).contains("<a href=\"https://docs.honeycomb.io/\">");
    assertThat(html).contains("Sends an empty OTLP export request");
  }

  @Test
  void aTypeWithoutTestSaysSoAndSelfHostedTypesGetTheAddressAdvice() {
    String html = SetupGuide.html(catalog.find("kafka").orElseThrow(), false, false);
    assertThat(html)
        .contains("There is no connection test for this type.")
        .contains("service.namespace:port")
        .contains("Self-hosted");
  }

  @Test
  void everyCatalogTypeRendersEveryFieldOfItsEntry() {
    for (DestinationType t : catalog.all()) {
      String html = SetupGuide.html(t, false, true);
      assertThat(html).as(t.type()).contains("<h1>" + Html.escape(t.displayName()) + "</h1>");
      for (DestinationField f : t.fields()) {
        assertThat(html).as(t.type() + " " + f.name()).contains("id=\"field-" + f.name() + "\"");
      }
      assertThat(html).as("dark colours").contains("background:#2b2d30");
    }
  }

  @Test
  void catalogTextIsEscapedSoItCannotInjectMarkup() {
    DestinationType evil =
        new DestinationType(
            "evil",
            "<img src=x onerror=alert(1)>",
            DestinationType.SELF_HOSTED,
            Set.of(ObservabilitySignal.TRACES),
            List.of(
                new DestinationField(
                    "EVIL_URL",
                    "URL \"quoted\" & <b>bold</b>",
                    FieldType.SELECT,
                    true,
                    false,
                    List.of("<script>alert(1)</script>", "a'b"),
                    "a'b",
                    "</dd><script>alert(2)</script>",
                    "javascript:alert(3)")),
            "<a href=\"javascript:alert(4)\">click</a>");

    String html = SetupGuide.html(evil, false, false);

    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("<b>")
        .doesNotContain("href=\"javascript")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .contains("URL &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;")
        .contains("&lt;/dd&gt;&lt;script&gt;alert(2)&lt;/script&gt;")
        .contains("a&#39;b");
    // the only tags are ours
    var tags = Pattern.compile("<([a-zA-Z0-9!]+)").matcher(html).results().map(m -> m.group(1));
    assertThat(tags)
        .allMatch(
            t ->
                Set.of(
                        "!DOCTYPE",
                        "html",
                        "head",
                        "meta",
                        "title",
                        "style",
                        "body",
                        "h1",
                        "h2",
                        "p",
                        "span",
                        "code",
                        "dl",
                        "dt",
                        "dd",
                        "a")
                    .contains(t));
  }

  @Test
  void onlyAbsoluteWebLinksAreRendered() {
    assertThat(Html.safeLink("https://docs.honeycomb.io/")).isTrue();
    assertThat(Html.safeLink("http://example.com/x?y=1")).isTrue();
    assertThat(Html.safeLink("javascript:alert(1)")).isFalse();
    assertThat(Html.safeLink("file:///etc/passwd")).isFalse();
    assertThat(Html.safeLink("/relative")).isFalse();
    assertThat(Html.safeLink(null)).isFalse();
  }

  private static String fieldBlock(String html, String field) {
    int start = html.indexOf("id=\"field-" + field + "\"");
    assertThat(start).as(field + " in the guide").isPositive();
    int end = html.indexOf("</dd>", start);
    return html.substring(start, end);
  }
}
