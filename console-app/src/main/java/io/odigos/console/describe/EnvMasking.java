package io.odigos.console.describe;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How an environment variable is shown: literal values in clear unless the name or the value looks
 * like a credential; {@code valueFrom} as the reference it is (a Secret's key is named, never
 * read). Pure.
 */
public final class EnvMasking {
  /** What a masked value is shown as. */
  public static final String MASK = "••••••";

  private static final Pattern SECRET_NAME =
      Pattern.compile(
          "(PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH|"
              + "SIGNATURE|COOKIE|SESSION|DSN|CONNECTION_?STRING)");
  private static final Pattern SECRET_VALUE =
      Pattern.compile(
          "(?i)^(bearer |basic )|://[^/@\\s:]+:[^/@\\s]+@|^(sk|ghp|gho|xox[bp]|AKIA)[-_A-Za-z0-9]{8,}");

  private EnvMasking() {}

  /** The value to display for the variable. */
  public static String display(EnvVar v) {
    EnvVarSource from = v.getValueFrom();
    if (from != null) {
      if (from.getSecretKeyRef() != null) {
        return "from Secret "
            + from.getSecretKeyRef().getName()
            + " key "
            + from.getSecretKeyRef().getKey();
      }
      if (from.getConfigMapKeyRef() != null) {
        return "from ConfigMap "
            + from.getConfigMapKeyRef().getName()
            + " key "
            + from.getConfigMapKeyRef().getKey();
      }
      if (from.getFieldRef() != null) {
        return "from field " + from.getFieldRef().getFieldPath();
      }
      if (from.getResourceFieldRef() != null) {
        return "from resource " + from.getResourceFieldRef().getResource();
      }
      return "from a reference";
    }
    String value = v.getValue() == null ? "" : v.getValue();
    return looksSecret(v.getName(), value) ? MASK : value;
  }

  /** True if the value should not be shown. */
  public static boolean looksSecret(String name, String value) {
    if (value == null || value.isEmpty()) {
      return false;
    }
    String n = name == null ? "" : name.toUpperCase(Locale.ROOT);
    return SECRET_NAME.matcher(n).find() || SECRET_VALUE.matcher(value).find();
  }
}
