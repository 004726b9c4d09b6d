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
 * Tunes what the agents record (payloads, headers, code attributes, custom probes, distros...) for
 * some workloads and instrumentation libraries, or for all of them.
 */
@Group(OdigosApi.GROUP)
@Version(OdigosApi.VERSION)
@Kind("InstrumentationRule")
@Plural("instrumentationrules")
@Singular("instrumentationrule")
@Labels("odigos.io/system-object=true")
public class InstrumentationRule
    extends CustomResource<InstrumentationRuleSpec, InstrumentationRuleStatus>
    implements Namespaced {}
