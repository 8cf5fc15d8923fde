package io.github.tcia4j.testkit.internal.nbia;

import io.github.tcia4j.testkit.data.SharedCart;
import io.github.tcia4j.testkit.internal.server.Family;
import io.github.tcia4j.testkit.internal.server.Responses;
import io.github.tcia4j.testkit.internal.server.RouteTable;
import io.github.tcia4j.testkit.internal.server.SandboxRequest;
import io.github.tcia4j.testkit.internal.server.SandboxResponse;
import io.github.tcia4j.testkit.internal.server.ServerFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Shared carts (reference section 4.8): v1/v2 {@code GET getContentsByName} ({@code name}
 * required, otherwise 400; v1 shows only public series; unknown cart: no rows) and advanced
 * {@code POST createSharedList}.
 */
final class CartEndpoints {
  static final String CREATED = "List created";
  static final String DUPLICATE = "Duplicate list name";
  static final String NO_PERMISSION = "User does not have permission for all series in list";
  static final String NAME_REQUIRED = "A parameter, name, is required for this API call.";

  private CartEndpoints() {}

  static void register(RouteTable t) {
    for (Family f : List.of(Family.V1, Family.V2)) {
      t.get(f, "getContentsByName", null, CartEndpoints::contents);
    }
    t.post(Family.ADVANCED, "createSharedList", null, CartEndpoints::create);
  }

  private static SandboxResponse contents(SandboxRequest req) {
    Optional<String> name = req.query().nonEmpty("name");
    if (name.isEmpty()) {
      return Responses.badRequestAsJson(NAME_REQUIRED);
    }
    Access a = Access.of(req);
    Optional<SharedCart> cart = a.dataset().cart(name.get());
    List<SeriesView> rows = new ArrayList<>();
    cart.ifPresent(c -> c.seriesInstanceUids().forEach(uid -> a.dataset().series(uid)
        .filter(a::series).ifPresent(s -> rows.add(SeriesView.of(a.dataset(), s)))));
    return TableOutput.respond(req, SeriesColumns.table(SeriesColumns.cartContents(), rows));
  }

  private static SandboxResponse create(SandboxRequest req) {
    Optional<String> name = req.form().first("name");
    if (name.isEmpty()) {
      throw ServerFailure.nullPointer();
    }
    List<String> uids = req.form().all("list");
    Access a = Access.of(req);
    for (String uid : uids) {
      if (a.dataset().series(uid).filter(a::series).isEmpty()) {
        return Responses.badRequest(NO_PERMISSION);
      }
    }
    SharedCart cart = new SharedCart(name.get(), req.form().first("description").orElse(""),
        req.form().first("url").orElse(""), req.user().orElseThrow().name(), uids);
    if (!a.dataset().addCart(cart)) {
      return Responses.badRequest(DUPLICATE);
    }
    return SandboxResponse.text(200, "text/plain", CREATED);
  }
}
