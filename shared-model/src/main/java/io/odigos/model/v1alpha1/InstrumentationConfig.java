package io.odigos.model.v1alpha1;

import io.fabric8.crd.generator.annotation.Labels;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * Internal: the instrumentation plan of one workload (per-container agent decisions and SDK
 * settings) and what runtime inspection found. Created for every instrumented workload, in the
 * workload's namespace, and owned by it.
 */
@Group(OdigosApi.GROUP)
@Version(OdigosApi.VERSION)
@Kind("InstrumentationConfig")
@Plural("instrumentationconfigs")
@Singular("instrumentationconfig")
@Labels("odigos.io/system-object=true")
public class InstrumentationConfig
    extends CustomResource<InstrumentationConfigSpec, InstrumentationConfigStatus>
    implements Namespaced {}
