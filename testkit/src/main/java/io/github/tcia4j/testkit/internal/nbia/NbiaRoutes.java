package io.github.tcia4j.testkit.internal.nbia;

import io.github.tcia4j.testkit.internal.server.RouteTable;

/**
 * Registers every endpoint group of an NBIA host. Each group is one class with a static
 * {@code register(RouteTable)}; a new group (such as the downloads: {@code getImage},
 * {@code getImageWithMD5Hash}, {@code getSingleImage}, {@code getDicomTags},
 * {@code getMD5HashForImage}) is added by one more line here.
 */
public final class NbiaRoutes {
  private NbiaRoutes() {}

  /**
   * The routes of one host.
   *
   * @return a new table with every endpoint
   */
  public static RouteTable create() {
    RouteTable t = new RouteTable();
    AuthEndpoints.register(t);
    ValueListEndpoints.register(t);
    PatientStudyEndpoints.register(t);
    SeriesEndpoints.register(t);
    MetadataEndpoints.register(t);
    CountEndpoints.register(t);
    DescriptionEndpoints.register(t);
    SearchEndpoints.register(t);
    DoiEndpoints.register(t);
    CartEndpoints.register(t);
    QcEndpoints.register(t);
    DownloadEndpoints.register(t);
    DicomTagsEndpoints.register(t);
    return t;
  }
}
