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
 * Legacy sampler that keeps a fixed share of traces; the same as an Action with {@code
 * samplers.probabilisticSampler}.
 */
@Group(ActionsApi.GROUP)
@Version(ActionsApi.VERSION)
@Kind("ProbabilisticSampler")
@Plural("probabilisticsamplers")
@Singular("probabilisticsampler")
@ShortNames("ps")
@Labels("odigos.io/system-object=true")
public class ProbabilisticSampler
    extends CustomResource<ProbabilisticSamplerSpec, LegacyActionStatus> implements Namespaced {}
