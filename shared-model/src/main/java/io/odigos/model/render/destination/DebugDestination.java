package io.odigos.model.render.destination;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@code debug}: the collector's debug exporter, printing to the gateway's log. */
public final class DebugDestination implements DestinationConfigurer {

  @Override
  public String type() {
    return "debug";
  }

  @Override
  public DestinationExport configure(DestinationValues v) throws InvalidDestinationException {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("verbosity", v.required("VERBOSITY"));
    Optional<String> perSecond = v.value("ITEMS_PER_SECOND");
    if (perSecond.isPresent()) {
      long items = Long.parseLong(perSecond.get());
      if (items < 1 || items > Integer.MAX_VALUE) {
        throw new InvalidDestinationException(
            v.label("ITEMS_PER_SECOND")
                + " must be between 1 and "
                + Integer.MAX_VALUE
                + ", not "
                + items);
      }
      // print the first N items of each second and none after them
      config.put("sampling_initial", (int) items);
      config.put("sampling_thereafter", 0);
    }
    return ExportBuilder.single(v, CollectorTypes.DEBUG, config);
  }
}
