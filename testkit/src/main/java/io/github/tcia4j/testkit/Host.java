package io.github.tcia4j.testkit;

/** The two NBIA servers the sandbox emulates, each with its own data, tokens and port. */
public enum Host {
  /** The main NBIA server ({@code nbia.cancerimagingarchive.net}). */
  NBIA,
  /** The separate NLST server ({@code nlst.cancerimagingarchive.net}). */
  NLST
}
