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
 * A set of sampling rules. Any number of Sampling resources may exist (per team, per use case...);
 * Odigos merges all of them into one rule set.
 */
@Group(OdigosApi.GROUP)
@Version(OdigosApi.VERSION)
@Kind("Sampling")
@Plural("samplings")
@Singular("sampling")
@Labels("odigos.io/system-object=true")
public class Sampling extends CustomResource<SamplingSpec, SamplingStatus> implements Namespaced {}
