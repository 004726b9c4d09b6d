package io.odigos.model.render.destination;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.model.catalog.DestinationCatalog;
import io.odigos.model.catalog.DestinationType;
import java.util.List;
import org.junit.jupiter.api.Test;

class DestinationConfigurersTest {

  private final List<String> catalogTypes =
      DestinationCatalog.defaultCatalog().all().stream().map(DestinationType::type).toList();

  @Test
  void everyCatalogTypeHasAConfigurer() {
    for (String type : catalogTypes) {
      assertThat(DestinationConfigurers.forType(type)).as(type).isPresent();
      assertThat(DestinationConfigurers.forType(type).get().type()).isEqualTo(type);
    }
  }

  @Test
  void everyConfigurerHasACatalogType() {
    assertThat(DestinationConfigurers.all().stream().map(DestinationConfigurer::type))
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(catalogTypes);
  }

  @Test
  void unknownTypesHaveNone() {
    assertThat(DestinationConfigurers.forType("nope")).isEmpty();
    assertThat(DestinationConfigurers.forType(null)).isEmpty();
  }
}
