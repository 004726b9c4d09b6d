package io.odigos.odiglet.agents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The agent versions this odiglet is built with, from {@code agents-versions.env} (the file the
 * install script reads), and the hash that names their directory in the host cache. The hash is
 * over the file's bytes, so the script ({@code sha256sum}) and this class agree without sharing
 * code.
 */
public final class AgentsVersions {
  static final String RESOURCE = "agents-versions.env";
  private static final int HASH_HEX_DIGITS = 16;

  private final byte[] content;

  AgentsVersions(byte[] content) {
    this.content = content.clone();
  }

  /** The versions packaged with this build. */
  public static AgentsVersions pinned() {
    try (InputStream in = AgentsVersions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            RESOURCE + " is missing from the classpath next to " + AgentsVersions.class.getName());
      }
      return new AgentsVersions(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first 16 hex digits of the file's SHA-256: the name of its directory in the cache. */
  public String hash() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
      return HexFormat.of().formatHex(digest).substring(0, HASH_HEX_DIGITS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The pins by name ({@code JAVA_AGENT_GAV} → {@code io.opentelemetry.javaagent:...}). */
  public Map<String, String> pins() {
    Map<String, String> pins = new LinkedHashMap<>();
    String name = null;
    StringBuilder value = new StringBuilder();
    for (String raw : new String(content, StandardCharsets.UTF_8).split("\n")) {
      String line = raw.strip();
      if (name == null) {
        if (line.isEmpty() || line.startsWith("#") || !line.contains("=")) {
          continue;
        }
        int eq = line.indexOf('=');
        name = line.substring(0, eq).strip();
        value.setLength(0);
        line = line.substring(eq + 1);
        if (!line.startsWith("\"")) {
          pins.put(name, line);
          name = null;
          continue;
        }
        line = line.substring(1);
      }
      // inside a double-quoted value that may span lines; words are joined by single spaces
      boolean closes = line.endsWith("\"");
      String words = closes ? line.substring(0, line.length() - 1) : line;
      if (!words.isBlank()) {
        value.append(value.isEmpty() ? "" : " ").append(words.strip().replaceAll("\\s+", " "));
      }
      if (closes) {
        pins.put(name, value.toString());
        name = null;
      }
    }
    return pins;
  }
}
