package io.github.tcia4j.testkit.internal.nbia;

import io.github.tcia4j.testkit.internal.server.Responses;
import io.github.tcia4j.testkit.internal.server.SandboxRequest;
import io.github.tcia4j.testkit.internal.server.SandboxResponse;
import io.github.tcia4j.testkit.internal.table.RenderedBody;
import io.github.tcia4j.testkit.internal.table.Table;
import io.github.tcia4j.testkit.internal.table.TableFormat;
import io.github.tcia4j.testkit.internal.table.TableWriter;
import java.util.Optional;

/** Answers a table in the request's {@code format}, as NBIA's {@code getData.formatResponse}. */
final class TableOutput {
  private TableOutput() {}

  /** Unknown format: 500; no rows: 200 with an empty body; otherwise the serialised table. */
  static SandboxResponse respond(SandboxRequest req, Table table) {
    return respond(req.params().first("format"), table, TableFormat.JSON);
  }

  static SandboxResponse respond(Optional<String> format, Table table, TableFormat dflt) {
    Optional<TableFormat> f = format.filter(v -> !v.isEmpty()).isEmpty() ? Optional.of(dflt)
        : TableFormat.parse(format);
    if (f.isEmpty()) {
      return Responses.unsupportedFormat();
    }
    if (table.isEmpty()) {
      return Responses.noRows();
    }
    RenderedBody r = TableWriter.render(table, f.get());
    SandboxResponse resp = SandboxResponse.bytes(200, r.contentType(), r.body());
    r.headers().forEach(resp::header);
    return resp;
  }
}
