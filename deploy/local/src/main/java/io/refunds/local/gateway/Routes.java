package io.refunds.local.gateway;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The gateway's route table: exactly what deploy/k8s's HTTPRoutes route (GatewayRoutesTest compares the two), the
 * {@code /api/…} prefixes of the four services and the support dashboard. Nothing else, so {@code /q/*} (health,
 * metrics, the services' own OpenAPI) never leaves the machine's per-service ports.
 */
public record Routes(List<Route> routes) {

    /** The local run's table. */
    public static final Routes PLATFORM = new Routes(List.of(
            new Route("/api/orders", "order-service"),
            new Route("/api/cases", "order-service"),
            new Route("/api/evidence", "order-service"),
            new Route("/api/returns", "order-service"),
            new Route("/api/replacements", "order-service"),
            new Route("/api/parcels", "order-service"),
            new Route("/api/conversations", "messaging-service"),
            new Route("/api/upstream-refunds", "messaging-service"),
            new Route("/api/marketplace", "messaging-service"),
            new Route("/api/disputes", "dispute-service"),
            new Route("/dashboard", "dispute-service"),
            new Route("/api/refunds", "refund-service"),
            new Route("/api/wallets", "refund-service")));

    /** Dot segments, encoded dots, slashes or backslashes, empty segments and path parameters are never routed. */
    private static final Pattern AMBIGUOUS = Pattern.compile("(^|/)\\.{1,2}(/|$)|%2[eEfF]|%5[cC]|\\\\|//|;");

    public Routes {
        routes = List.copyOf(routes);
    }

    /** The route for a request's raw path, if it has one. */
    public Optional<Route> find(String path) {
        if (path == null || AMBIGUOUS.matcher(path).find()) {
            return Optional.empty();
        }
        return routes.stream().filter(route -> route.matches(path)).findFirst();
    }

    public Set<String> services() {
        return Set.copyOf(routes.stream().map(Route::service).toList());
    }

    /** "/api/orders, /api/cases, … and /dashboard", for the answer to a path with no route. */
    String describe() {
        List<String> prefixes = routes.stream().map(Route::prefix).toList();
        return String.join(", ", prefixes.subList(0, prefixes.size() - 1)) + " and " + prefixes.get(prefixes.size() - 1);
    }
}
