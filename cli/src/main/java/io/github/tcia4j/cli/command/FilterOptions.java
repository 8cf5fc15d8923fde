package io.github.tcia4j.cli.command;

import io.github.tcia4j.cli.options.NonBlank;
import io.github.tcia4j.nbia.ValueQuery;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The value filters of {@code tcia values} and {@code tcia counts}. */
final class FilterOptions {
  @Option(names = "--collection", converter = NonBlank.class, paramLabel = "NAME", description = "Only this collection.")
  String collection;

  @Option(names = "--modality", converter = NonBlank.class, paramLabel = "MODALITY", description = "Only this modality, e.g. CT.")
  String modality;

  @Option(names = "--body-part", converter = NonBlank.class, paramLabel = "PART", description = "Only this body part examined, e.g. CHEST.")
  String bodyPart;

  @Option(names = "--manufacturer", converter = NonBlank.class, paramLabel = "NAME", description = "Only this manufacturer.")
  String manufacturer;

  /** The filters as a query. */
  ValueQuery query() {
    return ValueQuery.collection(collection).withModality(modality).withBodyPart(bodyPart)
        .withManufacturer(manufacturer);
  }

  /** The options given, by their command-line names. */
  List<String> given() {
    List<String> names = new ArrayList<>();
    ValueQuery q = query();
    q.collection().ifPresent(v -> names.add("--collection"));
    q.modality().ifPresent(v -> names.add("--modality"));
    q.bodyPart().ifPresent(v -> names.add("--body-part"));
    q.manufacturer().ifPresent(v -> names.add("--manufacturer"));
    return names;
  }
}
