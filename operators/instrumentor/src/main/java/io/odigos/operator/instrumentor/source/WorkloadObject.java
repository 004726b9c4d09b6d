package io.odigos.operator.instrumentor.source;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.odigos.operator.instrumentor.workload.WorkloadKind;
import io.odigos.operator.instrumentor.workload.WorkloadRef;
import java.util.Objects;

/** What the planner needs of a workload object: which one it is and its uid, for owner refs. */
public record WorkloadObject(WorkloadRef ref, String uid) {

  public WorkloadObject {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(uid, "uid");
  }

  /** From a cached Deployment, StatefulSet, DaemonSet or CronJob. */
  public static WorkloadObject of(HasMetadata workload) {
    WorkloadKind kind =
        switch (workload) {
          case Deployment d -> WorkloadKind.DEPLOYMENT;
          case StatefulSet s -> WorkloadKind.STATEFUL_SET;
          case DaemonSet d -> WorkloadKind.DAEMON_SET;
          case CronJob c -> WorkloadKind.CRON_JOB;
          default -> throw new IllegalArgumentException("not a workload: " + workload.getKind());
        };
    return new WorkloadObject(
        new WorkloadRef(
            kind, workload.getMetadata().getNamespace(), workload.getMetadata().getName()),
        workload.getMetadata().getUid());
  }

  /** The owner reference an InstrumentationConfig carries to this workload (not a controller). */
  public OwnerReference ownerReference() {
    return new OwnerReferenceBuilder()
        .withApiVersion(ref.kind() == WorkloadKind.CRON_JOB ? "batch/v1" : "apps/v1")
        .withKind(ref.kind().kind())
        .withName(ref.name())
        .withUid(uid)
        .build();
  }
}
