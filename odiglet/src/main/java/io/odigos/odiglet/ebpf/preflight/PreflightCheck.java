package io.odigos.odiglet.ebpf.preflight;

/** One node check: its name (see {@link NodePreflight}), whether it passed, and what was found. */
public record PreflightCheck(String name, boolean ok, String detail) {}
