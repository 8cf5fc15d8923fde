/**
 * File helpers shared by the clients: atomic replacement of a file through a hidden temporary
 * file, so that an interrupted run never leaves a half-written file that looks complete.
 */
package io.github.tcia4j.common.io;
