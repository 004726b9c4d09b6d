package io.odigos.model.render;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares rendered configs with the files under {@code src/test/resources/golden/}; {@code
 * -DupdateGoldens} rewrites them instead (review the diff before committing). Each golden is also
 * run through the real collector's validate by the testbed's GoldenConfigsValidateIT.
 */
public final class Goldens {

  private static final Path ROOT = Path.of("src/test/resources/golden");

  private Goldens() {}

  public static void assertMatches(String relativePath, String actual) {
    Path file = ROOT.resolve(relativePath);
    try {
      if (Boolean.getBoolean("updateGoldens")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual);
        return;
      }
      if (!Files.exists(file)) {
        fail("no golden file %s; create it with -DupdateGoldens", file);
      }
      String expected = Files.readString(file);
      if (!expected.equals(actual)) {
        fail(
            "%s differs from the rendering (update with -DupdateGoldens after review):%n%s",
            file, LineDiff.unified(expected.lines().toList(), actual.lines().toList()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
