/**
 * The legacy {@code actions.odigos.io/v1alpha1} API: one kind per action or sampler, as older
 * Odigos versions defined them before the single {@link io.odigos.model.v1alpha1.Action} kind. The
 * kinds are kept so that existing manifests still apply; {@link LegacyActions} turns each into the
 * equivalent Action. CRD YAML is generated from these classes like for {@code odigos.io}.
 */
package io.odigos.model.actions.v1alpha1;
