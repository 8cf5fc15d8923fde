package io.github.tcia4j.common.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.error.TciaException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFileTest {
  @TempDir Path dir;

  record Row(int n, String text) {}

  private List<Path> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList();
    }
  }

  @Test
  void writesFileAndCreatesParentFolders() throws IOException {
    Path target = dir.resolve("a/b/rows.csv");

    long n = Export.write(List.of(new Row(1, "x"), new Row(2, "y")), Row.class, TableFormat.CSV,
        target);

    assertThat(n).isEqualTo(2);
    assertThat(Files.readString(target)).isEqualTo("n,text\n1,x\n2,y\n");
    assertThat(filesIn(target.getParent())).containsExactly(target);
  }

  @Test
  void replacesExistingFileAndLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("rows.jsonl");
    Files.writeString(target, "old content that is longer than the new one\n".repeat(10));

    Export.write(Stream.of(new Row(1, "new")), Row.class, TableFormat.JSONL, target);

    assertThat(Files.readString(target)).isEqualTo("{\"n\":1,\"text\":\"new\"}\n");
    assertThat(filesIn(dir)).containsExactly(target);
  }

  @Test
  void targetStaysUntouchedWhileWritingAndAfterFailure() throws IOException {
    Path target = dir.resolve("rows.json");
    Files.writeString(target, "previous");
    List<String> seenDuringWrite = new java.util.ArrayList<>();
    TableSchema<Row> schema = TableSchema.ofRecord(Row.class).withColumn("check", row -> {
      try {
        seenDuringWrite.add(Files.readString(target));
        if (row.n() == 3) {
          assertThat(filesIn(dir)).hasSize(2); // the target and a hidden temporary file
          throw new IllegalStateException("source failed at row 3");
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return "ok";
    });

    assertThatThrownBy(() -> Export.write(List.of(new Row(1, "a"), new Row(2, "b"), new Row(3, "c")),
        schema, TableFormat.JSON, target))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("source failed at row 3");

    assertThat(seenDuringWrite).containsOnly("previous").hasSize(3);
    assertThat(Files.readString(target)).isEqualTo("previous");
    assertThat(filesIn(dir)).containsExactly(target);
  }

  @Test
  void failureBeforeAnyFileExistedLeavesNothing() throws IOException {
    Path target = dir.resolve("new.csv");
    Stream<Row> failing = Stream.of(1, 2).map(i -> {
      if (i == 2) {
        throw new IllegalArgumentException("generator broke");
      }
      return new Row(i, "t");
    });

    assertThatThrownBy(() -> Export.write(failing, Row.class, TableFormat.CSV, target))
        .hasMessage("generator broke");

    assertThat(filesIn(dir)).isEmpty();
  }

  @Test
  void directoryTargetIsRejected() {
    assertThatThrownBy(() -> Export.write(List.of(new Row(1, "x")), Row.class, TableFormat.CSV, dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is a directory");
  }

  @Test
  void unwritableFolderGivesTciaException() throws IOException {
    Path file = dir.resolve("plain-file");
    Files.writeString(file, "x");

    assertThatThrownBy(() -> Export.write(List.of(new Row(1, "x")), Row.class, TableFormat.CSV,
        file.resolve("sub/rows.csv")))
        .isInstanceOf(TciaException.class)
        .hasMessageContaining("Cannot create");
  }

  @Test
  void tableWriterAbortDiscardsFile() throws IOException {
    Path target = dir.resolve("aborted.csv");
    TableWriter<Row> writer = TableWriter.open(TableFormat.CSV, TableSchema.ofRecord(Row.class),
        target);
    writer.write(new Row(1, "x"));

    writer.abort();
    writer.close();

    assertThat(filesIn(dir)).isEmpty();
    assertThatThrownBy(() -> writer.write(new Row(2, "y")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void spoiledWriterDiscardsOnClose() throws IOException {
    Path target = dir.resolve("spoiled.csv");
    Files.writeString(target, "keep");
    TableSchema<Row> schema = TableSchema.<Row>builder().column("n", r -> {
      if (r.n() == 2) {
        throw new IllegalStateException("bad row");
      }
      return r.n();
    }).build();

    try (TableWriter<Row> writer = TableWriter.open(TableFormat.CSV, schema, target)) {
      writer.write(new Row(1, "a"));
      assertThatThrownBy(() -> writer.write(new Row(2, "b"))).hasMessage("bad row");
      assertThatThrownBy(() -> writer.write(new Row(3, "c")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("failed earlier");
      assertThat(writer.rowCount()).isEqualTo(1);
    }

    assertThat(Files.readString(target)).isEqualTo("keep");
    assertThat(filesIn(dir)).containsExactly(target);
  }

  @Test
  void tableWriterWritesUtf8FileOnClose() throws IOException {
    Path target = dir.resolve("w.csv");
    try (TableWriter<Row> writer = TableWriter.open(TableFormat.CSV,
        TableSchema.ofRecord(Row.class), target)) {
      writer.writeAll(List.of(new Row(1, "é")));
      writer.writeAll(Stream.of(new Row(2, "中")));
      assertThat(writer.format()).isEqualTo(TableFormat.CSV);
      assertThat(writer.schema().names()).containsExactly("n", "text");
      assertThat(Files.exists(target)).isFalse();
    }

    assertThat(Files.readAllBytes(target))
        .isEqualTo("n,text\n1,é\n2,中\n".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void nullRowIsRejected() {
    TableWriter<Row> writer = TableWriter.open(TableFormat.CSV, TableSchema.ofRecord(Row.class),
        new java.io.ByteArrayOutputStream());

    assertThatThrownBy(() -> writer.write(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("row 0 is null");
  }

  @Test
  void callerStreamIsFlushedNotClosed() {
    boolean[] closed = {false};
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream() {
      @Override
      public void close() throws IOException {
        closed[0] = true;
        super.close();
      }
    };

    Export.write(List.of(new Row(1, "x")), Row.class, TableFormat.JSON, out);

    assertThat(closed[0]).isFalse();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[{\"n\":1,\"text\":\"x\"}]\n");
  }

  @Test
  void failingStreamGivesTciaException() {
    java.io.OutputStream broken = new java.io.OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };

    assertThatThrownBy(() -> Export.write(List.of(new Row(1, "x")), Row.class, TableFormat.CSV,
        broken))
        .isInstanceOf(TciaException.class)
        .hasMessageContaining("No space left on device")
        .hasMessageContaining("CSV");
  }
}
