package io.github.tcia4j.cli.command;

import io.github.tcia4j.cli.options.NonBlank;
import io.github.tcia4j.cli.options.OutputOptions;
import io.github.tcia4j.cli.options.ServerOptions;
import io.github.tcia4j.nbia.Manifest;
import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.nbia.OhifViewer;
import io.github.tcia4j.nbia.SeriesQuery;
import io.github.tcia4j.nbia.ViewerLink;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tcia viewer}: links that open series in the OHIF viewer of the NCI Imaging Data Commons
 * ({@code tcia_utils idcOhifViewer}), for a collection's series, for given series UIDs or for the
 * series of a manifest; as a table/CSV/JSON, or as an HTML page.
 */
@Command(name = "viewer", mixinStandardHelpOptions = true,
    header = "Links to view series in the IDC OHIF viewer (idcOhifViewer).",
    description = {"Print links that open series in the OHIF viewer of the NCI Imaging Data Commons",
        "(tcia_utils idcOhifViewer), or write them as an HTML page with --html.",
        "Give the series with --collection, --series (repeatable) or --manifest."})
public final class ViewerCommand implements Callable<Integer> {
  @Option(names = "--collection", converter = NonBlank.class, paramLabel = "NAME", description = "Every series of this collection.")
  String collection;

  @Option(names = "--modality", converter = NonBlank.class, paramLabel = "MODALITY", description = "With --collection: only this modality.")
  String modality;

  @Option(names = "--series", converter = NonBlank.class, paramLabel = "UID", description = "A Series Instance UID (repeatable).")
  List<String> seriesUids = new ArrayList<>();

  @Option(names = "--manifest", paramLabel = "FILE", description = "The series of a .tcia manifest.")
  Path manifest;

  @Option(names = "--html", paramLabel = "FILE",
      description = "Write a self-contained HTML page with the links to FILE instead of printing them.")
  Path html;

  @Option(names = "--max-rows", paramLabel = "N", defaultValue = "500",
      description = "With --html: at most N series on the page (default: ${DEFAULT-VALUE}).")
  int maxRows;

  @Mixin ServerOptions server;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    int sources = (collection != null ? 1 : 0) + (seriesUids.isEmpty() ? 0 : 1) + (manifest != null ? 1 : 0);
    if (sources != 1) {
      throw new ParameterException(spec.commandLine(),
          "Give the series one way: --collection NAME, --series UID (repeatable) or --manifest FILE");
    }
    if (modality != null && collection == null) {
      throw new ParameterException(spec.commandLine(), "--modality only works with --collection");
    }
    if (maxRows < 1) {
      throw new ParameterException(spec.commandLine(), "--max-rows must be at least 1, was " + maxRows);
    }
    List<String> uids = manifest != null ? Manifest.read(manifest).seriesUids() : seriesUids;
    PrintWriter err = spec.commandLine().getErr();
    try (ServerOptions.Connection connection = server.open()) {
      NbiaClient nbia = connection.nbia();
      List<ViewerLink> links;
      if (collection != null) {
        links = OhifViewer.links(nbia.getSeries(SeriesQuery.collection(collection).withModality(modality)));
      } else {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(uids));
        links = distinct.isEmpty() ? List.of() : OhifViewer.links(nbia.getSeriesList(distinct));
        if (links.size() < distinct.size()) {
          err.println((distinct.size() - links.size()) + " of " + distinct.size()
              + " series were not found on the server (or are not visible to you)");
        }
      }
      if (html != null) {
        OhifViewer.writeHtml(links, maxRows, html);
        err.println("Wrote a viewer page with " + Math.min(maxRows, links.size()) + " of " + links.size()
            + " series to " + html);
      } else {
        Printing.records(spec, links, ViewerLink.class, output);
      }
      err.flush();
    }
    return 0;
  }
}
