package io.github.tcia4j.testkit.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CompletingOutputStreamTest {

  @Test
  void holdsTheLastByteBackUntilCompletionIsReported() throws IOException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    AtomicLong reported = new AtomicLong(-1);
    AtomicLong sinkSizeAtReport = new AtomicLong(-1);
    CompletingOutputStream out = new CompletingOutputStream(sink, n -> {
      reported.set(n);
      sinkSizeAtReport.set(sink.size());
    });
    out.write("abc".getBytes());
    out.write('d');
    assertThat(sink.toString()).isEqualTo("abc");
    out.close();
    out.close();
    assertThat(reported.get()).isEqualTo(4);
    assertThat(sinkSizeAtReport.get()).isEqualTo(3);
    assertThat(sink.toString()).isEqualTo("abcd");
  }
}
