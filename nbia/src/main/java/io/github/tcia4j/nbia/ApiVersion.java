package io.github.tcia4j.nbia;

/**
 * The NBIA API generation a client talks to. Each has its own paths, parameter spellings, date
 * formats and column sets; the client hides those differences.
 */
public enum ApiVersion {
  /**
   * {@code /nbia-api/services/v4/...}: the current public API (2025 onwards), no login needed, strict
   * parameter checking. The default. A login is optional: it only adds the collections that user
   * may see.
   */
  V4,
  /**
   * {@code /nbia-api/services/v1/...}: the older public API, no login; older column sets; no
   * counts, descriptions, DICOM tags, simple search or DOI lookup.
   */
  V1,
  /**
   * {@code /nbia-api/services/v2/...} plus the unversioned "advanced" endpoints: every call needs an
   * access token (the guest account is used when no login is configured). This is what
   * {@code tcia_utils} used from 2024-08 to 2025-10, and what NBIA deployments that require a login
   * serve.
   */
  V2
}
