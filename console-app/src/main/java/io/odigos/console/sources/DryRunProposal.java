package io.odigos.console.sources;

import io.odigos.console.describe.WorkloadKey;
import java.util.List;

/**
 * An action waiting for the user's go: the Sources it writes and the dry run of what that does to
 * the pods.
 *
 * @param previewed the workloads in the dry run (at most {@link SourcesViewModel#MAX_PREVIEWS})
 * @param notPreviewed how many more workloads the action affects
 * @param text the dry run as text
 */
public record DryRunProposal(
    String title,
    SourcePlans.Plan plan,
    List<WorkloadKey> previewed,
    int notPreviewed,
    String text) {}
