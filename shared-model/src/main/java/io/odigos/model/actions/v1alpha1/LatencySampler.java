package io.odigos.model.actions.v1alpha1;

import io.fabric8.crd.generator.annotation.Labels;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * Legacy sampler that keeps slow requests of given routes; the same as an Action with {@code
 * samplers.latencySampler}.
 */
@Group(ActionsApi.GROUP)
@Version(ActionsApi.VERSION)
@Kind("LatencySampler")
@Plural("latencysamplers")
@Singular("latencysampler")
@ShortNames("ls")
@Labels("odigos.io/system-object=true")
public class LatencySampler extends CustomResource<LatencySamplerSpec, LegacyActionStatus>
    implements Namespaced {}
