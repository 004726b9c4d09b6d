package io.odigos.odiglet.deviceplugin;

/**
 * An Allocate request this plugin cannot answer; the message says why and is sent to the kubelet.
 */
public final class InvalidAllocationException extends Exception {
  private static final long serialVersionUID = 1L;

  public InvalidAllocationException(String message) {
    super(message);
  }
}
