package io.odigos.odiglet.inspect;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON merge patch of an InstrumentationConfig's status that records runtime details. Pure.
 *
 * <p>The odiglet writes only {@code status.runtimeDetailsByContainer}: the instrumentor owns the
 * conditions and derives {@code RuntimeDetection} from this field (its AgentPlanner), so a patch
 * here never touches {@code status.conditions}. A merge patch replaces a list whole, which is what
 * we want: the list is the odiglet's latest view of the workload's containers.
 */
public final class RuntimeDetailsPatch {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setSerializationInclusion(JsonInclude.Include.NON_NULL)
          .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private RuntimeDetailsPatch() {}

  /** {@code {"status":{"runtimeDetailsByContainer":[...]}}}, containers sorted by name. */
  public static String statusPatch(List<RuntimeDetailsByContainer> details) {
    List<RuntimeDetailsByContainer> sorted =
        details.stream()
            .sorted(
                Comparator.comparing(
                    RuntimeDetailsByContainer::getContainerName,
                    Comparator.nullsLast(Comparator.naturalOrder())))
            .toList();
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("runtimeDetailsByContainer", sorted);
    try {
      return JSON.writeValueAsString(Map.of("status", status));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("runtime details are not serialisable", e);
    }
  }
}
