package io.odigos.odiglet.ebpf.trace;

/** A ring-buffer record that does not have the layout of any known event. */
public final class MalformedEventException extends Exception {
  public MalformedEventException(String message) {
    super(message);
  }
}
