package io.odigos.operator.instrumentor.rollout;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether instrumented pods crash because of their agents: a container of a pod that
 * carries {@link TemplateAnnotation#AGENTS_META_HASH} is in {@code CrashLoopBackOff} within the
 * grace window after the agents last changed. Pure: the time is passed in.
 */
public final class CrashLoops {
  public static final String CRASH_LOOP_BACK_OFF = "CrashLoopBackOff";

  private CrashLoops() {}

  /** One crash-looping container of an instrumented pod. */
  public record Crash(String pod, String container) {}

  /**
   * True when {@code now} lies in {@code [since, since + grace]}: a crash later than that is not
   * blamed on the agents, and one before {@code since} cannot be about them.
   */
  public static boolean withinGrace(Instant since, Duration grace, Instant now) {
    return since != null && !now.isBefore(since) && !now.isAfter(since.plus(grace));
  }

  /**
   * The first crash-looping container (by pod name) among the instrumented, not terminating pods,
   * if {@code now} is within the grace window after {@code since}; empty otherwise.
   */
  public static Optional<Crash> blamedOnAgents(
      Collection<Pod> pods, Instant since, Duration grace, Instant now) {
    if (!withinGrace(since, grace, now)) {
      return Optional.empty();
    }
    return pods.stream()
        .filter(CrashLoops::instrumented)
        .filter(p -> p.getMetadata().getDeletionTimestamp() == null)
        .sorted(Comparator.comparing(p -> p.getMetadata().getName()))
        .flatMap(
            p ->
                crashLoopingContainer(p).map(c -> new Crash(p.getMetadata().getName(), c)).stream())
        .findFirst();
  }

  /** True when the webhook (or the template) marked the pod as carrying agents. */
  public static boolean instrumented(Pod pod) {
    Map<String, String> annotations =
        pod.getMetadata() == null ? null : pod.getMetadata().getAnnotations();
    String hash = annotations == null ? null : annotations.get(TemplateAnnotation.AGENTS_META_HASH);
    return hash != null && !hash.isBlank();
  }

  /** The first init or app container waiting in {@code CrashLoopBackOff}. */
  public static Optional<String> crashLoopingContainer(Pod pod) {
    if (pod.getStatus() == null) {
      return Optional.empty();
    }
    List<ContainerStatus> statuses = new ArrayList<>();
    if (pod.getStatus().getInitContainerStatuses() != null) {
      statuses.addAll(pod.getStatus().getInitContainerStatuses());
    }
    if (pod.getStatus().getContainerStatuses() != null) {
      statuses.addAll(pod.getStatus().getContainerStatuses());
    }
    return statuses.stream()
        .filter(
            s ->
                s.getState() != null
                    && s.getState().getWaiting() != null
                    && CRASH_LOOP_BACK_OFF.equals(s.getState().getWaiting().getReason()))
        .map(ContainerStatus::getName)
        .findFirst();
  }
}
