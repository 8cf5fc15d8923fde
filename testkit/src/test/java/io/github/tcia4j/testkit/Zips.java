package io.github.tcia4j.testkit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Downloads and reads sandbox zips with the JDK only (never project client code). */
final class Zips {
  static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(20)).version(HttpClient.Version.HTTP_1_1).build();

  private Zips() {}

  /** One zip member. */
  record Entry(String name, byte[] data) {
    String text() {
      return new String(data, StandardCharsets.UTF_8);
    }

    String md5() {
      return Zips.md5(data);
    }
  }

  /** Reads every member with {@link ZipInputStream} (fails on a broken stream). */
  static List<Entry> entries(byte[] zip) {
    List<Entry> out = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        out.add(new Entry(e.getName(), in.readAllBytes()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static List<String> names(List<Entry> entries) {
    return entries.stream().map(Entry::name).toList();
  }

  static Entry entry(List<Entry> entries, String name) {
    return entries.stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entry " + name + " in " + names(entries)));
  }

  /** The lines of md5hashes.csv after the header, as entry name to MD5, in file order. */
  static Map<String, String> md5List(List<Entry> entries) {
    Map<String, String> m = new LinkedHashMap<>();
    List<String> lines = entry(entries, "md5hashes.csv").text().lines().toList();
    for (String line : lines.subList(1, lines.size())) {
      String[] p = line.split(",", -1);
      m.put(p[0], p[1]);
    }
    return m;
  }

  /** Whether the bytes end with an end-of-central-directory record. */
  static boolean hasCentralDirectory(byte[] zip) {
    for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
      if (zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 0x05 && zip[i + 3] == 0x06) {
        return true;
      }
    }
    return false;
  }

  static String md5(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static HttpResponse<byte[]> get(String url) {
    try {
      return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
          .build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
