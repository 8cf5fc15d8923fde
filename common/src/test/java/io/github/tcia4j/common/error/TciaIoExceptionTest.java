package io.github.tcia4j.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class TciaIoExceptionTest {

  @Test
  void withAttemptsRebuildsTheMessageAndKeepsTheRest() {
    IOException cause = new IOException("reset");
    TciaIoException original = new TciaIoException("Connection reset",
        RequestInfo.noResponse("GET", "http://h/x?password=***", 1), cause, true);
    original.addSuppressed(new IllegalStateException("extra"));

    TciaIoException copy = original.withAttempts(4);

    assertThat(copy.getMessage()).isEqualTo("Connection reset [GET http://h/x?password=*** -> no response after 4 attempts]");
    assertThat(copy.attempts()).isEqualTo(4);
    assertThat(copy.isTimeout()).isTrue();
    assertThat(copy.getCause()).isSameAs(cause);
    assertThat(copy.getStackTrace()).isEqualTo(original.getStackTrace());
    assertThat(copy.getSuppressed()).hasSize(1);
    assertThat(original.attempts()).isEqualTo(1);
  }

  @Test
  void withTheSameCountOrNoRequestReturnsItself() {
    TciaIoException withRequest = new TciaIoException("x", RequestInfo.noResponse("GET", "http://h/", 2), null, false);
    TciaIoException withoutRequest = new TciaIoException("y", null, null, false);

    assertThat(withRequest.withAttempts(2)).isSameAs(withRequest);
    assertThat(withoutRequest.withAttempts(3)).isSameAs(withoutRequest);
  }
}
