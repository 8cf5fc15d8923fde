package io.github.tcia4j.common.http;

import io.github.tcia4j.common.error.RequestInfo;
import io.github.tcia4j.common.error.TciaIoException;
import java.io.IOException;
import java.net.ConnectException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** A transport that answers each call with the next scripted step and records what it got. */
public final class ScriptedTransport implements Transport {
  private final Deque<Function<HttpCall, HttpResult>> steps = new ArrayDeque<>();
  private final List<HttpCall> calls = new ArrayList<>();
  private final List<TrackingBody> bodies = new ArrayList<>();
  private final AtomicInteger closes = new AtomicInteger();

  /**
   * Scripts a response.
   *
   * @param status the status
   * @param body the body text
   * @param headers name, value, name, value...
   * @return this transport
   */
  public synchronized ScriptedTransport respond(int status, String body, String... headers) {
    steps.add(call -> {
      TrackingBody tracking = new TrackingBody(body);
      synchronized (this) {
        bodies.add(tracking);
      }
      Map<String, List<String>> map = new java.util.LinkedHashMap<>();
      for (int i = 0; i + 1 < headers.length; i += 2) {
        map.computeIfAbsent(headers[i], k -> new ArrayList<>()).add(headers[i + 1]);
      }
      return new HttpResult(call, status, map, tracking, 1);
    });
    return this;
  }

  /**
   * Scripts the same response several times.
   *
   * @param times how often
   * @param status the status
   * @return this transport
   */
  public synchronized ScriptedTransport respondTimes(int times, int status) {
    for (int i = 0; i < times; i++) {
      respond(status, "error " + status);
    }
    return this;
  }

  /**
   * Scripts a failure without response (connection refused).
   *
   * @return this transport
   */
  public synchronized ScriptedTransport failIo() {
    steps.add(call -> {
      throw new TciaIoException("Could not connect: Connection refused",
          RequestInfo.noResponse(call.method(), call.redactedUri(), 1), new ConnectException(), false);
    });
    return this;
  }

  /**
   * Scripts any behaviour.
   *
   * @param step what to do with the call
   * @return this transport
   */
  public synchronized ScriptedTransport step(Function<HttpCall, HttpResult> step) {
    steps.add(step);
    return this;
  }

  /**
   * Scripts any exception.
   *
   * @param failure what to throw
   * @return this transport
   */
  public synchronized ScriptedTransport fail(RuntimeException failure) {
    steps.add(call -> {
      throw failure;
    });
    return this;
  }

  @Override
  public HttpResult send(HttpCall call) {
    Function<HttpCall, HttpResult> step;
    synchronized (this) {
      calls.add(call);
      step = steps.poll();
    }
    if (step == null) {
      throw new AssertionError("No scripted step left for " + call, new IOException("script exhausted"));
    }
    return step.apply(call);
  }

  @Override
  public void close() {
    closes.incrementAndGet();
  }

  /**
   * Returns the calls received so far.
   *
   * @return a copy, in order
   */
  public synchronized List<HttpCall> calls() {
    return List.copyOf(calls);
  }

  /**
   * Returns the bodies handed out so far.
   *
   * @return a copy, in order
   */
  public synchronized List<TrackingBody> bodies() {
    return List.copyOf(bodies);
  }

  /**
   * Returns how often {@link #close()} was called.
   *
   * @return the count
   */
  public int closes() {
    return closes.get();
  }
}
