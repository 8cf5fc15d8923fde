package io.github.tcia4j.testkit.internal.nbia;

import io.github.tcia4j.testkit.data.CollectionInfo;
import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.Instance;
import io.github.tcia4j.testkit.data.InstanceSpecs;
import io.github.tcia4j.testkit.data.License;
import io.github.tcia4j.testkit.data.Series;
import io.github.tcia4j.testkit.dicom.SyntheticDicom;
import io.github.tcia4j.testkit.internal.download.DicomEntry;
import io.github.tcia4j.testkit.internal.download.FaultPoint;
import io.github.tcia4j.testkit.internal.download.FileNames;
import io.github.tcia4j.testkit.internal.download.LicenseText;
import io.github.tcia4j.testkit.internal.download.SeriesZipWriter;
import io.github.tcia4j.testkit.internal.server.Family;
import io.github.tcia4j.testkit.internal.server.HostContext;
import io.github.tcia4j.testkit.internal.server.Responses;
import io.github.tcia4j.testkit.internal.server.RouteTable;
import io.github.tcia4j.testkit.internal.server.SandboxRequest;
import io.github.tcia4j.testkit.internal.server.SandboxResponse;
import io.github.tcia4j.testkit.internal.server.ServerFailure;
import io.github.tcia4j.testkit.internal.server.Whitelist;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The series downloads {@code getImage}, {@code getImageWithMD5Hash} and {@code getDCMImage}
 * (streamed zips) and the single-instance endpoints {@code getSingleImage},
 * {@code getMD5HashForImage} / {@code getM5HashForImage} (reference section 4.4), in v1, v2 and
 * v4.
 *
 * <p>A series is downloadable when it is on this host, visible (QC) and in a collection the
 * request may see (v1 ignores tokens; v2 needs one, which the server checks first). Otherwise the
 * zips answer 400 with the "not been granted" text (v1 and {@code getDCMImage}: the "not in public
 * domain" text). {@code getSingleImage} answers an unknown instance, or one that is not in the
 * named series, with the 500 of a NullPointerException, and an instance of a series the request
 * may not see with the zip's 400. The MD5 endpoints answer any instance the request may not see
 * like an unknown one (500).
 */
final class DownloadEndpoints {
  static final String SERIES_UID_REQUIRED =
      "A parameter, SeriesInstanceUID, is required for this API call.";
  static final String BOTH_UIDS_REQUIRED =
      "A parameter, SeriesInstanceUID and SOPInstanceUID, are required for this API call.";
  private static final String ZIP = "application/octet-stream";

  private DownloadEndpoints() {}

  /** The zip variants. */
  private enum Variant {
    IMAGE, IMAGE_WITH_MD5, DCM_IMAGE
  }

  static void register(RouteTable t) {
    for (Family f : List.of(Family.V1, Family.V2, Family.V4)) {
      boolean v4 = f == Family.V4;
      t.get(f, "getImage", v4 ? Whitelist.query("SeriesInstanceUID", "NewFileNames",
          "IncludeMD5") : null, req -> zip(req, Variant.IMAGE));
      t.get(f, "getImageWithMD5Hash", v4 ? Whitelist.query("SeriesInstanceUID") : null,
          req -> zip(req, Variant.IMAGE_WITH_MD5));
      t.get(f, "getDCMImage", v4 ? Whitelist.query("SeriesInstanceUID", "IncludeAnnotation",
          "MD5Verification") : null, req -> zip(req, Variant.DCM_IMAGE));
      t.get(f, "getSingleImage", v4 ? Whitelist.query("SeriesInstanceUID", "SOPInstanceUID")
          : null, DownloadEndpoints::singleImage);
    }
    t.get(Family.V4, "getMD5HashForImage", Whitelist.query("SOPInstanceUID"),
        req -> md5(req, "SOPInstanceUID"));
    t.get(Family.V1, "getM5HashForImage", null, req -> md5(req, "SOPInstanceUid"));
    t.get(Family.V2, "getM5HashForImage", null, req -> md5(req, "SOPInstanceUid"));
  }

  /** The 400 text for a series the request may not download. */
  static String notGranted(String uid) {
    return "The user has not been granted the access to image with given SeriesInstanceUID,"
        + uid + ". Please contact System Admin to resolve this issue.";
  }

  private static String notPublic(String uid) {
    return "Image with given SeriesInstanceUID," + uid + ", is not in public domain.";
  }

  /** The series if the request may download it. */
  static Optional<Series> downloadable(SandboxRequest req, String uid) {
    Access a = Access.of(req);
    return a.dataset().series(uid).filter(a::series);
  }

  private static SandboxResponse denied(SandboxRequest req, Variant v, String uid) {
    boolean oldText = v == Variant.DCM_IMAGE || req.family() == Family.V1;
    return Responses.badRequest(oldText ? notPublic(uid) : notGranted(uid));
  }

  private static SandboxResponse zip(SandboxRequest req, Variant v) {
    Optional<String> uid = req.query().nonEmpty("SeriesInstanceUID");
    if (uid.isEmpty()) {
      return Responses.badRequestAsJson(SERIES_UID_REQUIRED);
    }
    Optional<Series> found = downloadable(req, uid.get());
    if (found.isEmpty()) {
      return denied(req, v, uid.get());
    }
    Series s = found.get();
    HostContext ctx = req.context();
    Dataset ds = ctx.dataset();
    boolean newNames;
    boolean md5List;
    Optional<String> license = Optional.empty();
    switch (v) {
      case IMAGE:
        newNames = yes(req, "NewFileNames");
        md5List = req.family() == Family.V4 && yes(req, "IncludeMD5");
        license = Optional.of(LicenseText.of(s.collection(), license(ds, s)));
        break;
      case IMAGE_WITH_MD5:
        newNames = false;
        md5List = true;
        break;
      default:
        newNames = true;
        md5List = req.query().first("MD5Verification").filter("true"::equalsIgnoreCase)
            .isPresent();
    }
    List<Instance> instances = ds.instances(s.seriesInstanceUid());
    List<FileNames.Named> files = newNames ? FileNames.newFileNames(instances)
        : FileNames.defaultNames(instances);
    List<DicomEntry> entries = new ArrayList<>(files.size());
    List<Long> sizes = new ArrayList<>(files.size());
    for (FileNames.Named f : files) {
      Instance i = f.instance();
      entries.add(new DicomEntry(f.name(), i.fileSize(), () -> InstanceSpecs.of(ds, s, i)));
      sizes.add(i.fileSize());
    }
    Optional<FaultPoint> fault = FaultPoint.place(req.faults().streamFault(),
        req.faults().streamFaultPosition(), sizes);
    SeriesZipWriter writer = new SeriesZipWriter(license, entries, md5List,
        ctx.zipCompressionLevel(), s.maxSubmissionTimestamp(), fault,
        req.faults().rule().stallDuration(), ctx.faults().sleeper());
    return SandboxResponse.streamingWithOwnFaults(200, ZIP, writer)
        .header("Content-Disposition", "attachment; filename=\"" + s.seriesInstanceUid()
            + ".zip\"");
  }

  private static boolean yes(SandboxRequest req, String name) {
    return req.query().first(name).filter("yes"::equalsIgnoreCase).isPresent();
  }

  private static License license(Dataset ds, Series s) {
    return s.license().orElseGet(() -> ds.collection(s.collection())
        .map(CollectionInfo::license).orElse(License.CC_BY_3_0));
  }

  private static SandboxResponse singleImage(SandboxRequest req) {
    Optional<String> uid = req.query().nonEmpty("SeriesInstanceUID");
    Optional<String> sop = req.query().nonEmpty("SOPInstanceUID");
    if (uid.isEmpty() || sop.isEmpty()) {
      return Responses.badRequestAsJson(BOTH_UIDS_REQUIRED);
    }
    Dataset ds = req.context().dataset();
    Series s = ds.seriesOfInstance(sop.get())
        .filter(x -> x.seriesInstanceUid().equals(uid.get()))
        .orElseThrow(ServerFailure::nullPointer);
    if (downloadable(req, uid.get()).isEmpty()) {
      return denied(req, Variant.IMAGE, uid.get());
    }
    Instance i = instance(ds, s, sop.get());
    return SandboxResponse.streaming(200, "application/dicom", i.fileSize(),
        out -> SyntheticDicom.write(InstanceSpecs.of(ds, s, i), out))
        .header("Content-Disposition", "attachment; filename=" + i.sopInstanceUid() + ".dcm");
  }

  private static SandboxResponse md5(SandboxRequest req, String parameter) {
    Optional<String> sop = req.query().nonEmpty(parameter);
    if (sop.isEmpty()) {
      return Responses.badRequestAsJson("A parameter, " + parameter
          + ", is required for this API call.");
    }
    Dataset ds = req.context().dataset();
    Access a = Access.of(req);
    Series s = ds.seriesOfInstance(sop.get()).filter(a::series)
        .orElseThrow(ServerFailure::nullPointer);
    Instance i = instance(ds, s, sop.get());
    return SandboxResponse.text(200, "text/plain",
        SyntheticDicom.md5Hex(InstanceSpecs.of(ds, s, i)));
  }

  private static Instance instance(Dataset ds, Series s, String sop) {
    for (Instance i : ds.instances(s.seriesInstanceUid())) {
      if (i.sopInstanceUid().equals(sop)) {
        return i;
      }
    }
    throw ServerFailure.nullPointer();
  }
}
