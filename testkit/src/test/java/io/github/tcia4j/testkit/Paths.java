package io.github.tcia4j.testkit;

/** NBIA path prefixes used by the tests. */
final class Paths {
  static final String V1 = "/nbia-api/services/v1/";
  static final String V2 = "/nbia-api/services/v2/";
  static final String V4 = "/nbia-api/services/v4/";
  static final String ADV = "/nbia-api/services/";
  static final String TOKEN = "/nbia-api/oauth/token";
  static final String PROCESS_FAILED = "Server was not able to process your request";

  private Paths() {}
}
