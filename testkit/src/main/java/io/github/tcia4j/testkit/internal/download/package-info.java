/**
 * The series downloads of the sandbox (not public API): zip layout and file names, the LICENSE
 * text, and stream faults placed inside a DICOM entry.
 */
package io.github.tcia4j.testkit.internal.download;
