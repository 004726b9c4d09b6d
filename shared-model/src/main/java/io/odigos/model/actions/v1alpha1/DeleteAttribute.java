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
 * Legacy action that removes attributes by key; the same as an Action with {@code deleteAttribute}.
 */
@Group(ActionsApi.GROUP)
@Version(ActionsApi.VERSION)
@Kind("DeleteAttribute")
@Plural("deleteattributes")
@Singular("deleteattribute")
@ShortNames("da")
@Labels("odigos.io/system-object=true")
public class DeleteAttribute extends CustomResource<DeleteAttributeSpec, LegacyActionStatus>
    implements Namespaced {}
