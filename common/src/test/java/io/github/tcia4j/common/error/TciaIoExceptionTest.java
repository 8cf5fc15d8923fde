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
  void contextGoesInFrontOfTheMessageWithoutChangingTheType() {
    RequestInfo request = new RequestInfo("POST", "http://h/x", 500, "boom", 4);
    TciaHttpException failure = TciaHttpException.forStatus("NBIA x failed with HTTP 500.", request, null);

    TciaException same = failure.addContext("inner step").addContext("outer call");

    assertThat(same).isSameAs(failure).isInstanceOf(TciaServerException.class);
    assertThat(failure.context()).containsExactly("outer call", "inner step");
    assertThat(failure.getMessage()).isEqualTo(
        "outer call: inner step: NBIA x failed with HTTP 500. [POST http://h/x -> HTTP 500 after 4 attempts: \"boom\"]");
    assertThat(failure.statusCode()).isEqualTo(500);
    assertThat(new TciaException("plain").context()).isEmpty();
    assertThat(new TciaException("plain").getMessage()).isEqualTo("plain");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> failure.addContext(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("context note is blank");
  }

  @Test
  void withAttemptsKeepsTheContext() {
    TciaIoException original = new TciaIoException("reset", RequestInfo.noResponse("GET", "http://h/", 1), null, false);
    original.addContext("inner").addContext("outer");

    TciaIoException copy = original.withAttempts(3);

    assertThat(copy).isNotSameAs(original);
    assertThat(copy.context()).containsExactly("outer", "inner");
    assertThat(copy.getMessage()).startsWith("outer: inner: reset [GET http://h/ -> no response after 3 attempts]");
  }

  @Test
  void withTheSameCountOrNoRequestReturnsItself() {
    TciaIoException withRequest = new TciaIoException("x", RequestInfo.noResponse("GET", "http://h/", 2), null, false);
    TciaIoException withoutRequest = new TciaIoException("y", null, null, false);

    assertThat(withRequest.withAttempts(2)).isSameAs(withRequest);
    assertThat(withoutRequest.withAttempts(3)).isSameAs(withoutRequest);
  }
}
