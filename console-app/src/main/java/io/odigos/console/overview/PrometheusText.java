package io.odigos.console.overview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the Prometheus text format (0.0.4) that collectors serve on their metrics endpoint: {@code
 * name{label="value",...} value [timestamp]}; comments and malformed lines are skipped. Pure.
 */
public final class PrometheusText {
  private PrometheusText() {}

  public static List<MetricSample> parse(String text) {
    List<MetricSample> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      MetricSample s = line(line);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  private static MetricSample line(String line) {
    int brace = line.indexOf('{');
    int space = line.indexOf(' ');
    String name;
    Map<String, String> labels = new LinkedHashMap<>();
    String rest;
    if (brace >= 0 && (space < 0 || brace < space)) {
      name = line.substring(0, brace);
      int end = labels(line, brace + 1, labels);
      if (end < 0) {
        return null;
      }
      rest = line.substring(end + 1).strip();
    } else if (space > 0) {
      name = line.substring(0, space);
      rest = line.substring(space + 1).strip();
    } else {
      return null;
    }
    String value = rest.split("\\s+")[0];
    try {
      return new MetricSample(name, labels, number(value));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Reads labels from {@code i} to the closing brace; returns its index, or -1 if malformed. */
  private static int labels(String s, int i, Map<String, String> out) {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '}') {
        return i;
      }
      if (c == ',' || c == ' ') {
        i++;
        continue;
      }
      int eq = s.indexOf('=', i);
      if (eq < 0 || eq + 1 >= s.length() || s.charAt(eq + 1) != '"') {
        return -1;
      }
      String key = s.substring(i, eq).strip();
      StringBuilder value = new StringBuilder();
      int j = eq + 2;
      for (; j < s.length(); j++) {
        char v = s.charAt(j);
        if (v == '\\' && j + 1 < s.length()) {
          char n = s.charAt(++j);
          value.append(n == 'n' ? '\n' : n);
        } else if (v == '"') {
          break;
        } else {
          value.append(v);
        }
      }
      if (j >= s.length()) {
        return -1;
      }
      out.put(key, value.toString());
      i = j + 1;
    }
    return -1;
  }

  private static double number(String v) {
    return switch (v) {
      case "+Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      case "NaN" -> Double.NaN;
      default -> Double.parseDouble(v);
    };
  }
}
