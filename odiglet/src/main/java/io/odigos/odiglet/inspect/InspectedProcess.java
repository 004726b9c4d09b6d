package io.odigos.odiglet.inspect;

import io.odigos.odiglet.inspect.detect.ProcessRuntime;

/** One inspected process: whose it is and what it runs. */
public record InspectedProcess(
    int pid, String exeName, ProcessOwner owner, ProcessRuntime runtime) {}
