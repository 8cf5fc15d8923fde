package io.github.tcia4j.testkit.internal.nbia;

import io.github.tcia4j.testkit.auth.TokenGrant;
import io.github.tcia4j.testkit.auth.TokenLookup;
import io.github.tcia4j.testkit.auth.TokenService;
import io.github.tcia4j.testkit.internal.server.Family;
import io.github.tcia4j.testkit.internal.server.Params;
import io.github.tcia4j.testkit.internal.server.Responses;
import io.github.tcia4j.testkit.internal.server.RouteTable;
import io.github.tcia4j.testkit.internal.server.SandboxRequest;
import io.github.tcia4j.testkit.internal.server.SandboxResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The token endpoints (reference section 2.2): {@code POST /nbia-api/oauth/token}, the NBIA proxy
 * in front of Keycloak, and {@code POST /auth/realms/TCIA/protocol/openid-connect/token}, the
 * Keycloak realm auth-era tcia_utils called directly. Form fields {@code grant_type}
 * ({@code password} or {@code refresh_token}), {@code username}, {@code password},
 * {@code refresh_token}, {@code client_id}, and {@code scope} (ignored). Both share the same users
 * and tokens. They differ where the real ones do: the proxy accepts the client ids {@code NBIA}
 * and {@code nbia} and fills in the guest password when the guest sends an empty one; Keycloak
 * knows only its client {@code nbia} and checks the guest's password like any other. Errors are
 * Keycloak's JSON ({@code error}, {@code error_description}).
 */
final class AuthEndpoints {
  private static final Set<String> PROXY_CLIENTS = Set.of("NBIA", "nbia");
  private static final Set<String> KEYCLOAK_CLIENTS = Set.of("nbia");

  private AuthEndpoints() {}

  static void register(RouteTable t) {
    t.post(Family.ROOT, "oauth/token", null, req -> token(req, true));
    t.post(Family.KEYCLOAK, RouteTable.KEYCLOAK_TOKEN_ENDPOINT, null, req -> token(req, false));
    t.get(Family.ROOT, "up", null, req -> SandboxResponse.text(200, "text/plain", "up"));
  }

  private static SandboxResponse token(SandboxRequest req, boolean proxy) {
    Params f = req.form();
    TokenService tokens = req.context().tokens();
    Set<String> clients = proxy ? PROXY_CLIENTS : KEYCLOAK_CLIENTS;
    if (!f.first("client_id").map(clients::contains).orElse(false)) {
      return error(401, "unauthorized_client", "Invalid client or Invalid client credentials");
    }
    Optional<String> grant = f.first("grant_type");
    if (grant.isEmpty() || grant.get().isEmpty()) {
      return error(400, "invalid_request", "Missing form parameter: grant_type");
    }
    switch (grant.get()) {
      case "password": {
        String username = f.first("username").orElse("");
        String password = f.first("password").orElse("");
        Optional<TokenGrant> g = proxy ? tokens.proxyPasswordGrant(username, password)
            : tokens.passwordGrant(username, password);
        return g.map(AuthEndpoints::granted)
            .orElseGet(() -> error(401, "invalid_grant", "Invalid user credentials"));
      }
      case "refresh_token": {
        String refresh = f.first("refresh_token").orElse("");
        TokenLookup l = tokens.lookupRefresh(refresh);
        if (l.status() == TokenLookup.Status.EXPIRED) {
          return error(400, "invalid_grant", "Token is not active");
        }
        return tokens.refresh(refresh).map(AuthEndpoints::granted)
            .orElseGet(() -> error(400, "invalid_grant", "Invalid refresh token"));
      }
      default:
        return error(400, "unsupported_grant_type", "Unsupported grant_type");
    }
  }

  private static SandboxResponse granted(TokenGrant g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("access_token", g.accessToken());
    m.put("expires_in", g.expiresIn().getSeconds());
    m.put("refresh_expires_in", Math.max(0, g.refreshExpiresIn().getSeconds()));
    m.put("refresh_token", g.refreshToken());
    m.put("token_type", "Bearer");
    m.put("id_token", g.idToken());
    m.put("not-before-policy", 0);
    m.put("session_state", g.sessionState());
    m.put("scope", "openid profile email");
    return Responses.json(200, m, false);
  }

  private static SandboxResponse error(int status, String error, String description) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("error", error);
    m.put("error_description", description);
    return Responses.json(status, m, false);
  }
}
