package io.odigos.console.collectors;

import io.odigos.console.forms.Health;

/**
 * What the Collectors view shows of one node's eBPF Go instrumentation, from the {@value
 * NodeEbpfStates#CONDITION} condition the odiglet writes on the Node.
 *
 * @param node the node's name
 * @param health green when it runs (amber when it runs without context propagation), red when it
 *     does not, amber when no odiglet has reported yet
 * @param status "Ready", "Not ready" or "No report from the odiglet", with the reason code
 * @param message the odiglet's explanation (preflight findings: kernel, BTF, lockdown, libbpf)
 */
public record NodeEbpfState(String node, Health health, String status, String message) {}
