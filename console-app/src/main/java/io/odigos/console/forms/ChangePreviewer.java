package io.odigos.console.forms;

/**
 * Renders the gateway config with and without a proposed object. Blocking (it reads the cluster's
 * current pipeline objects): background only.
 */
public interface ChangePreviewer<T> {
  ChangePreview preview(T proposed);
}
