package io.odigos.console.destinations.guide;

import static io.odigos.console.destinations.guide.Html.escape;

import io.odigos.model.catalog.DestinationField;
import io.odigos.model.catalog.DestinationType;
import io.odigos.model.catalog.FieldType;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The setup guide shown beside a destination form, as a self-contained HTML page generated from the
 * catalog entry (signals, each field with its description, whether it is required or secret, its
 * default and options) and our own notes for its category and type. Every catalog string is
 * escaped; links are absolute http(s) URLs only. Pure.
 */
public final class SetupGuide {
  private SetupGuide() {}

  /**
   * The guide's HTML.
   *
   * @param testable whether the console can test a connection to this type
   * @param dark whether the console uses its dark theme
   */
  public static String html(DestinationType type, boolean testable, boolean dark) {
    StringBuilder h = new StringBuilder(4096);
    h.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
        .append(escape(type.displayName()))
        .append(" setup</title><style>")
        .append(css(dark))
        .append("</style></head><body>");
    h.append("<h1>").append(escape(type.displayName())).append("</h1>");
    h.append("<p class=\"meta\"><span class=\"badge\">")
        .append(escape(category(type.category())))
        .append("</span> type <code>")
        .append(escape(type.type()))
        .append("</code> · signals: ")
        .append(escape(signals(type)))
        .append("</p>");
    if (type.docs() != null && !type.docs().isBlank()) {
      h.append("<p class=\"docs\">").append(escape(type.docs().strip())).append("</p>");
    }

    h.append("<h2>Before you start</h2>");
    note(h, GuideNotes.forCategory(type.category()));
    GuideNotes.forType(type.type()).ifPresent(n -> note(h, n));

    h.append("<h2>Fields</h2>");
    if (type.fields().isEmpty()) {
      h.append("<p>This type has no settings: a name and the signals are enough.</p>");
    } else {
      h.append("<dl class=\"fields\">");
      for (DestinationField f : type.fields()) {
        field(h, f);
      }
      h.append("</dl>");
    }

    h.append(
            "<h2>What is written</h2><p>A <code>Destination</code> in the Odigos namespace with the")
        .append(" non-secret fields in <code>spec.data</code>");
    if (type.fields().stream().anyMatch(DestinationField::secret)) {
      h.append(", and a <code>Secret</code> of the same name with the secret fields")
          .append(" (the Destination only names it)");
    }
    h.append(". The gateway collector is then reconfigured to export the chosen signals.</p>");

    h.append("<h2>Test connection</h2><p id=\"test-connection\">");
    if (testable) {
      h.append(
          "Sends an empty OTLP export request to the endpoint built from the form, with its"
              + " headers and key, and reports the answer. Nothing is stored.");
    } else {
      h.append("There is no connection test for this type.");
    }
    h.append("</p></body></html>");
    return h.toString();
  }

  private static void note(StringBuilder h, GuideNote note) {
    for (String p : note.paragraphs()) {
      h.append("<p>").append(escape(p)).append("</p>");
    }
    if (note.links().isEmpty()) {
      return;
    }
    h.append("<p class=\"links\">");
    for (GuideNote.Link link : note.links()) {
      if (Html.safeLink(link.url())) {
        h.append("<a href=\"")
            .append(escape(link.url()))
            .append("\">")
            .append(escape(link.label()))
            .append(" ↗</a> ");
      }
    }
    h.append("</p>");
  }

  private static void field(StringBuilder h, DestinationField f) {
    h.append("<dt id=\"field-")
        .append(escape(f.name()))
        .append("\">")
        .append(escape(f.displayName()));
    if (f.required()) {
      h.append(" <span class=\"req\">required</span>");
    } else {
      h.append(" <span class=\"opt\">optional</span>");
    }
    if (f.secret()) {
      h.append(" <span class=\"secret\">secret</span>");
    }
    h.append(" <code class=\"key\">").append(escape(f.name())).append("</code></dt><dd>");
    h.append("<p>").append(escape(f.description().strip())).append("</p>");
    if (f.secret()) {
      h.append("<p class=\"hint\">Kept in the destination's Secret, never in the Destination;")
          .append(" when editing, leave it empty to keep the stored value.</p>");
    }
    if (f.type() == FieldType.SELECT) {
      h.append("<p class=\"hint\">One of: ")
          .append(
              f.options().stream()
                  .map(o -> "<code>" + escape(o) + "</code>")
                  .collect(Collectors.joining(", ")))
          .append("</p>");
    }
    if (f.defaultValue() != null && !f.defaultValue().isEmpty()) {
      h.append("<p class=\"hint\">Default: <code>")
          .append(escape(f.defaultValue()))
          .append("</code></p>");
    }
    if (f.placeholder() != null && !f.placeholder().isEmpty()) {
      h.append("<p class=\"hint\">Example: <code>")
          .append(escape(f.placeholder()))
          .append("</code></p>");
    }
    h.append("</dd>");
  }

  private static String signals(DestinationType type) {
    return java.util.stream.Stream.of(
            ObservabilitySignal.TRACES,
            ObservabilitySignal.METRICS,
            ObservabilitySignal.LOGS,
            ObservabilitySignal.PROFILES)
        .filter(type::supports)
        .map(ObservabilitySignal::name)
        .map(s -> s.toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }

  private static String category(String c) {
    return DestinationType.MANAGED.equals(c) ? "Managed service" : "Self-hosted";
  }

  private static String css(boolean dark) {
    String fg = dark ? "#e6e6e6" : "#1f2328";
    String bg = dark ? "#2b2d30" : "#ffffff";
    String muted = dark ? "#a0a4aa" : "#59636e";
    String code = dark ? "#3a3d41" : "#eff1f3";
    String link = dark ? "#79b8ff" : "#0b63c5";
    return ("body{font-family:'DejaVu Sans',sans-serif;font-size:13px;line-height:1.45;margin:14px;"
            + "color:%s;background:%s}h1{font-size:19px;margin:0 0 4px}h2{font-size:14px;"
            + "margin:18px 0 6px}p{margin:4px 0}.meta,.hint{color:%s}code{background:%s;"
            + "padding:0 3px;border-radius:3px;font-size:12px}a{color:%s}dt{font-weight:bold;"
            + "margin-top:10px}dd{margin:2px 0 0 12px}.badge,.req,.opt,.secret{font-size:11px;"
            + "font-weight:normal;border-radius:8px;padding:0 6px}.badge{background:%s}"
            + ".req{background:#d1242f;color:#fff}.opt{background:%s;color:%s}"
            + ".secret{background:#9a6700;color:#fff}.key{font-weight:normal;color:%s}")
        .formatted(fg, bg, muted, code, link, code, code, muted, muted);
  }
}
