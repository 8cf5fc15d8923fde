package io.github.tcia4j.nbia.download.internal;

import io.github.tcia4j.common.error.TciaException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps two download runs out of one download folder: each run holds an exclusive lock on
 * {@value #FILE_NAME} in the folder for as long as it runs. The operating system releases the lock
 * when the process dies (even by SIGKILL), so a killed run never blocks the next one. Without the
 * lock, one run would delete the other's temporary folders as leftovers.
 */
public final class RootLock implements AutoCloseable {
  /** The lock file's name in the download folder. */
  public static final String FILE_NAME = ".tcia4j.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private RootLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Creates the folder if needed and takes its lock.
   *
   * @param root the download folder
   * @return the held lock
   * @throws TciaException when the folder cannot be created or another run holds the lock
   */
  public static RootLock acquire(Path root) {
    try {
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new TciaException("Cannot create the download folder " + root + ": " + e
          + "; check the path and its permissions", e);
    }
    Path file = root.resolve(FILE_NAME);
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new TciaException("Cannot open the lock file " + file + ": " + e + "; check that the download folder"
          + " is writable", e);
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException e) {
      close(channel);
      throw new TciaException("Cannot lock " + file + ": " + e, e);
    }
    if (lock == null) {
      close(channel);
      throw new TciaException("Another download is running into " + root + " (it holds " + FILE_NAME + "); wait"
          + " for it to end or download into another folder");
    }
    return new RootLock(channel, lock);
  }

  /** Releases the lock. */
  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel releases it as well
    }
    close(channel);
  }

  private static void close(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // nothing left to release
    }
  }
}
