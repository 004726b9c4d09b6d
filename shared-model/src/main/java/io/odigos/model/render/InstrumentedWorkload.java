package io.odigos.model.render;

/** A workload whose pods are instrumented; its container logs are collected when logs are on. */
public record InstrumentedWorkload(String namespace, String kind, String name) {}
