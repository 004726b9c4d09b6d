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
 * A user-level pipeline action (add cluster info, delete/rename attributes, PII masking, Kubernetes
 * attributes, URL templatization, trace samplers...). Exactly one config field of the spec is
 * expected to be set; Odigos turns it into Processors or agent configuration.
 */
@Group(OdigosApi.GROUP)
@Version(OdigosApi.VERSION)
@Kind("Action")
@Plural("actions")
@Singular("action")
@Labels("odigos.io/system-object=true")
public class Action extends CustomResource<ActionSpec, ActionStatus> implements Namespaced {}
