package io.odigos.odiglet.ebpf.golang;

import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Struct field offsets (bytes) for one binary, keyed {@code <package path>.<Type>.<field>} (see
 * {@link GoStructField}).
 */
public final class StructOffsets {
  private final Map<String, Long> values;

  public StructOffsets(Map<String, Long> values) {
    this.values = Map.copyOf(values);
  }

  /**
   * The offset of a field this binary must have.
   *
   * @throws IllegalArgumentException when the field is unknown for this binary
   */
  public long offset(String field) {
    Long v = values.get(field);
    if (v == null) {
      throw new IllegalArgumentException("no offset for " + field + " in this binary");
    }
    return v;
  }

  /** The offset of a field that some versions lack. */
  public OptionalLong optional(String field) {
    Long v = values.get(field);
    return v == null ? OptionalLong.empty() : OptionalLong.of(v);
  }

  /** Every known offset, sorted by key. */
  public Map<String, Long> asMap() {
    return new TreeMap<>(values);
  }

  @Override
  public String toString() {
    return asMap().toString();
  }
}
