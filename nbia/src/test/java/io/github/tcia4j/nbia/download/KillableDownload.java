package io.github.tcia4j.nbia.download;

import io.github.tcia4j.nbia.NbiaClient;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A download in its own JVM, for the test that kills it with SIGKILL midway. Arguments: the server
 * root, the download folder, then the Series Instance UIDs.
 */
public final class KillableDownload {
  private KillableDownload() {}

  /**
   * Downloads the series with two workers, then prints the summary.
   *
   * @param args server root, folder, UIDs
   */
  public static void main(String[] args) {
    List<String> uids = Arrays.asList(args).subList(2, args.length);
    try (NbiaClient nbia = NbiaClient.connect(args[0])) {
      DownloadReport report = nbia.downloadSeries(DownloadRequest.builder().seriesUids(uids).path(Path.of(args[1]))
          .workers(2).build());
      System.out.println(report.summary());
    }
  }
}
