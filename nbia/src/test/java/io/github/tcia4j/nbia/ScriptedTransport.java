package io.github.tcia4j.nbia;

import io.github.tcia4j.common.http.HttpCall;
import io.github.tcia4j.common.http.HttpResult;
import io.github.tcia4j.common.http.Transport;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A transport that answers from a script and records every call (unit tests without a server). */
final class ScriptedTransport implements Transport {
  /** One scripted answer. */
  record Answer(int status, String contentType, String body) {
    static Answer ok(String body) {
      return new Answer(200, "application/json", body);
    }

    static Answer text(int status, String body) {
      return new Answer(status, "text/plain", body);
    }
  }

  private final Function<HttpCall, Answer> script;
  private final List<HttpCall> calls = new CopyOnWriteArrayList<>();

  ScriptedTransport(Function<HttpCall, Answer> script) {
    this.script = script;
  }

  @Override
  public HttpResult send(HttpCall call) {
    calls.add(call);
    Answer a = script.apply(call);
    return new HttpResult(call, a.status(), Map.of("Content-Type", List.of(a.contentType() + "; charset=UTF-8")),
        new ByteArrayInputStream(a.body().getBytes(StandardCharsets.UTF_8)), 1);
  }

  List<HttpCall> calls() {
    return Collections.unmodifiableList(calls);
  }

  /** Decodes a form body into its fields, in order. */
  static List<Map.Entry<String, String>> form(HttpCall call) {
    String body = new String(call.body().orElseThrow(), StandardCharsets.UTF_8);
    List<Map.Entry<String, String>> out = new ArrayList<>();
    if (body.isEmpty()) {
      return out;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      out.add(new AbstractMap.SimpleEntry<>(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)));
    }
    return out;
  }

  /** Returns the first value of a form field, or null. */
  static String field(HttpCall call, String name) {
    return form(call).stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).findFirst().orElse(null);
  }
}
