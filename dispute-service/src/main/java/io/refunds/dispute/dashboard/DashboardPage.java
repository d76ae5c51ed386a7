package io.refunds.dispute.dashboard;

import io.vertx.ext.web.Router;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * The support dashboard's page ({@code META-INF/resources/dashboard/}, plain HTML, CSS and JavaScript modules,
 * no build step): {@code /dashboard} redirects to it, and {@code /api/disputes/dashboard-config} tells it where
 * evidence is read.
 */
@ApplicationScoped
@Path("/api/disputes/dashboard-config")
public class DashboardPage {

    private final DashboardConfig config;

    public DashboardPage(DashboardConfig config) {
        this.config = config;
    }

    /** Where the page reads evidence thumbnails; empty means the page's own origin (behind the gateway). */
    public record PageConfig(String orderServiceUrl) {
    }

    @GET
    @PermitAll
    public PageConfig config() {
        return new PageConfig(config.orderServiceUrl().map(url -> url.replaceAll("/+$", "")).orElse(""));
    }

    void redirectToTheFolder(@Observes Router router) {
        router.get("/dashboard").handler(context -> {
            if ("/dashboard".equals(context.request().path())) {
                context.redirect("/dashboard/");
            } else {
                context.next();
            }
        });
    }
}
