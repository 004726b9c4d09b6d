package io.odigos.model.render.destination;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares rendered configs with the files under {@code golden/destinations}. With {@code
 * -DupdateGoldens} the files are rewritten instead, so an intended change is one command and a
 * reviewable diff.
 */
final class DestinationGoldenFiles {

  static final Path FOLDER = Path.of("src/test/resources/golden/destinations");
  private static final int CONTEXT = 2;

  private DestinationGoldenFiles() {}

  static boolean updating() {
    return System.getProperty("updateGoldens") != null;
  }

  static void assertMatches(String name, String actual) {
    Path file = FOLDER.resolve(name + ".yaml");
    try {
      if (updating()) {
        Files.createDirectories(FOLDER);
        Files.writeString(file, actual);
        return;
      }
      if (!Files.exists(file)) {
        fail("no golden file " + file + "; create it with -DupdateGoldens");
      }
      String expected = Files.readString(file);
      if (!expected.equals(actual)) {
        fail(
            file
                + " differs from the rendered config (- golden, + rendered; run with"
                + " -DupdateGoldens if the change is intended):\n"
                + diff(expected.lines().toList(), actual.lines().toList()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The changed block between the common head and tail, with a little context around it. */
  static String diff(List<String> expected, List<String> actual) {
    int head = 0;
    while (head < expected.size()
        && head < actual.size()
        && expected.get(head).equals(actual.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < expected.size() - head
        && tail < actual.size() - head
        && expected.get(expected.size() - 1 - tail).equals(actual.get(actual.size() - 1 - tail))) {
      tail++;
    }
    StringBuilder out = new StringBuilder();
    for (int i = Math.max(0, head - CONTEXT); i < head; i++) {
      out.append(String.format("  %4d %s%n", i + 1, expected.get(i)));
    }
    for (int i = head; i < expected.size() - tail; i++) {
      out.append(String.format("- %4d %s%n", i + 1, expected.get(i)));
    }
    for (int i = head; i < actual.size() - tail; i++) {
      out.append(String.format("+ %4d %s%n", i + 1, actual.get(i)));
    }
    for (int i = expected.size() - tail;
        i < Math.min(expected.size(), expected.size() - tail + CONTEXT);
        i++) {
      out.append(String.format("  %4d %s%n", i + 1, expected.get(i)));
    }
    return out.toString();
  }
}
