package io.refunds.local.reliability;

import static io.refunds.local.PlatformSettings.DISPUTE_SERVICE;
import static io.refunds.local.PlatformSettings.MESSAGING_SERVICE;
import static io.refunds.local.PlatformSettings.ORDER_SERVICE;
import static io.refunds.local.PlatformSettings.REFUND_SERVICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.refunds.local.reliability.Http.Reply;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint × every role against one finished case of buyer B and seller S: the expected status of each cell,
 * and for lists, whether the case shows. {@code 200+} = 200 and the case is listed, {@code 200-} = 200 and it is
 * not. Write calls carry bodies that are refused after the role and ownership checks (or hit a state conflict),
 * so the matrix leaves the case as it was. Choices the matrix pins: the agent platform registers orders and QC
 * photos but does not read a buyer's evidence (404); only it records the item's journey (a step back is a 409) and its later cost lines (another amount for a line it
 * has is a 409); a
 * receipt confirmed again without a date changes nothing
 * (200); answering an offer on a closed conversation is a state conflict for its buyer (409) before the offer is
 * looked up, and a 404 for anyone outside the conversation; the dashboard's configuration (where it reads
 * evidence) is public; the dashboard's event stream takes the token in the header or as {@code ?access_token=}; a
 * case on the direct path has no upstream refund (404 to staff), and the marketplace's notifications take no token,
 * only the marketplace's signature (401 to everyone without it).
 */
class AuthorizationIT {

    /** The columns, in order. */
    enum Role {
        BUYER("buyer"), OTHER_BUYER("buyer"), SELLER("seller"), OTHER_SELLER("seller"), AGENT("agent"),
        SUPERVISOR("supervisor"), PLATFORM("platform"), ANONYMOUS(null);

        final String group;

        Role(String group) {
            this.group = group;
        }
    }

    /** One row: an endpoint and the status each role gets. */
    record Row(String method, String service, String path, Object body, String expected) {
    }

    /** A return that does not exist: its reads are 404s, its steps refused before or at the lookup. */
    private static final String NO_RETURN = "00000000-0000-4000-8000-00000000a001";
    private static final String NO_REPLACEMENT = "00000000-0000-4000-8000-00000000b001";
    private static final String NO_PARCEL = "PCL-none";
    private static final String NO_CLAIM = "00000000-0000-4000-8000-00000000c001";

    private static final List<Row> MATRIX = List.of(
            //                                                                          B    B2   S    S2   AG   SUP  P    anon
            new Row("GET", ORDER_SERVICE, "/api/orders/{O}", null,                      "200 404 403 403 200 200 200 401"),
            new Row("GET", ORDER_SERVICE, "/api/orders/{O}/items/i-1/eligibility?reason=DEFECTIVE", null,
                                                                                        "200 404 403 403 200 200 200 401"),
            new Row("GET", ORDER_SERVICE, "/api/orders/{O}/items/i-1/eligibility", null,
                                                                                        "200 404 403 403 200 200 200 401"),
            new Row("GET", ORDER_SERVICE, "/api/orders/{O}/items/i-1/quote?reason=DEFECTIVE&remedy=FULL_REFUND", null,
                                                                                        "200 404 403 403 200 200 200 401"),
            new Row("GET", ORDER_SERVICE, "/api/cases/{C}", null,                       "200 404 200 404 200 200 200 401"),
            new Row("GET", ORDER_SERVICE, "/api/cases", null,                           "200+ 200- 200+ 200- 200 200 403 401"),
            new Row("GET", ORDER_SERVICE, "/api/evidence/{E}", null,                    "200 404 200 404 200 200 404 401"),
            new Row("GET", MESSAGING_SERVICE, "/api/conversations?caseId={C}", null,    "200+ 200- 200+ 200- 200+ 200+ 403 401"),
            new Row("GET", MESSAGING_SERVICE, "/api/conversations/{V}", null,           "200 404 200 404 200 200 403 401"),
            new Row("GET", MESSAGING_SERVICE, "/api/upstream-refunds/{C}", null,        "403 403 403 403 404 404 404 401"),
            new Row("POST", MESSAGING_SERVICE, "/api/marketplace/notifications", Map.of(),
                                                                                        "401 401 401 401 401 401 401 401"),
            new Row("GET", DISPUTE_SERVICE, "/api/disputes?caseId={C}", null,           "403 403 403 403 200+ 200+ 403 401"),
            new Row("GET", DISPUTE_SERVICE, "/api/disputes/{D}", null,                  "200 404 200 404 200 200 403 401"),
            new Row("GET", DISPUTE_SERVICE, "/api/disputes/stats", null,               "403 403 403 403 200 200 403 401"),
            new Row("GET", DISPUTE_SERVICE, "/api/disputes/dashboard-config", null,   "200 200 200 200 200 200 200 200"),
            new Row("STREAM", DISPUTE_SERVICE, "/api/disputes/events/stream?tail=1", null, "403 403 403 403 200 200 403 401"),
            new Row("STREAM_QUERY", DISPUTE_SERVICE, "/api/disputes/events/stream?tail=1", null,
                                                                                        "403 403 403 403 200 200 403 401"),
            new Row("GET", REFUND_SERVICE, "/api/refunds?caseId={C}", null,             "200+ 200- 403 403 200+ 200+ 403 401"),
            new Row("GET", REFUND_SERVICE, "/api/refunds", null,                        "200+ 200- 403 403 200 200 403 401"),
            new Row("GET", REFUND_SERVICE, "/api/refunds/{R}", null,                    "200 404 403 403 200 200 403 401"),
            new Row("GET", REFUND_SERVICE, "/api/wallets/{B}?currency=USD", null,       "200 404 403 403 200 200 403 401"),
            new Row("GET", REFUND_SERVICE, "/api/refunds/ledger/trial-balance", null,   "403 403 403 403 200 200 403 401"),
            new Row("GET", REFUND_SERVICE, "/api/refunds/ledger/balances", null,        "403 403 403 403 200 200 403 401"),
            new Row("POST", ORDER_SERVICE, "/api/orders", Map.of(),                     "403 403 403 403 403 403 400 401"),
            new Row("POST", ORDER_SERVICE, "/api/orders/{O}/items/i-1/receipt", Map.of(), "200 404 403 403 403 403 200 401"),
            new Row("POST", ORDER_SERVICE, "/api/orders/{O}/items/i-1/journey", Map.of("step", "STOCKED_IN",
                    "weightGrams", 420),                                                "403 403 403 403 403 403 409 401"),
            new Row("POST", ORDER_SERVICE, "/api/orders/{O}/items/i-1/cost-lines", Map.of("lines", List.of(Map.of(
                    "kind", "ITEM", "amount", Map.of("minorUnits", 1, "currency", "USD")))),
                                                                                        "403 403 403 403 403 403 409 401"),
            new Row("GET", ORDER_SERVICE, "/api/returns?caseId={C}", null,              "200 404 200 404 200 200 200 401"),
            new Row("GET", ORDER_SERVICE, "/api/returns/" + NO_RETURN, null,            "404 404 404 404 404 404 404 401"),
            new Row("POST", ORDER_SERVICE, "/api/returns/" + NO_RETURN + "/shipment", Map.of(),
                                                                                        "400 400 403 403 400 400 400 401"),
            new Row("POST", ORDER_SERVICE, "/api/returns/" + NO_RETURN + "/scans", Map.of(),
                                                                                        "403 403 403 403 403 403 404 401"),
            new Row("POST", ORDER_SERVICE, "/api/returns/" + NO_RETURN + "/receipt", Map.of(),
                                                                                        "403 403 403 403 400 400 400 401"),
            new Row("GET", ORDER_SERVICE, "/api/replacements?caseId={C}", null,         "200 404 200 404 200 200 200 401"),
            new Row("GET", ORDER_SERVICE, "/api/replacements/" + NO_REPLACEMENT, null,  "404 404 404 404 404 404 404 401"),
            new Row("POST", ORDER_SERVICE, "/api/replacements/" + NO_REPLACEMENT + "/journey", Map.of("step",
                    "PURCHASED"),                                                       "403 403 403 403 403 403 404 401"),
            new Row("GET", ORDER_SERVICE, "/api/parcels/" + NO_PARCEL, null,            "404 404 403 403 404 404 404 401"),
            new Row("POST", ORDER_SERVICE, "/api/parcels/" + NO_PARCEL + "/scans", Map.of(),
                                                                                        "403 403 403 403 403 403 404 401"),
            new Row("POST", ORDER_SERVICE, "/api/parcels/" + NO_PARCEL + "/claims", Map.of(),
                                                                                        "400 400 403 403 403 403 403 401"),
            new Row("GET", ORDER_SERVICE, "/api/parcels/" + NO_PARCEL + "/claims/" + NO_CLAIM, null,
                                                                                        "404 404 403 403 404 404 404 401"),
            new Row("POST", ORDER_SERVICE, "/api/cases", Map.of(),                      "400 400 403 403 403 403 403 401"),
            new Row("POST", ORDER_SERVICE, "/api/cases/{C}/evidence", Map.of("evidenceIds", List.of()),
                                                                                        "400 400 400 400 403 403 403 401"),
            new Row("POST", ORDER_SERVICE, "/api/cases/{C}/withdrawal", null,           "409 404 403 403 403 403 403 401"),
            new Row("POST", MESSAGING_SERVICE, "/api/conversations/{V}/messages", Map.of(), "400 400 400 400 400 400 403 401"),
            new Row("POST", MESSAGING_SERVICE, "/api/conversations/{V}/decline", Map.of("reason", "no"),
                                                                                        "403 404 409 404 403 403 403 401"),
            new Row("POST", MESSAGING_SERVICE, "/api/conversations/{V}/escalation", null, "409 404 403 404 403 403 403 401"),
            new Row("POST", MESSAGING_SERVICE, "/api/conversations/{V}/offers", Map.of(), "400 400 400 400 400 400 403 401"),
            new Row("POST", MESSAGING_SERVICE, "/api/conversations/{V}/offers/00000000-0000-0000-0000-000000000001/acceptance",
                    null,                                                               "409 404 403 404 403 403 403 401"),
            new Row("POST", MESSAGING_SERVICE, "/api/conversations/{V}/offers/00000000-0000-0000-0000-000000000001/rejection",
                    null,                                                               "409 404 403 404 403 403 403 401"),
            new Row("POST", DISPUTE_SERVICE, "/api/disputes", Map.of(),                 "400 400 403 403 403 403 403 401"),
            new Row("POST", DISPUTE_SERVICE, "/api/disputes/{D}/assignment", null,      "403 403 403 403 409 409 403 401"),
            new Row("POST", DISPUTE_SERVICE, "/api/disputes/{D}/decision", Map.of(),    "403 403 403 403 400 400 403 401"),
            new Row("POST", DISPUTE_SERVICE, "/api/disputes/{D}/appeal", Map.of(),      "400 400 400 400 403 403 403 401"),
            new Row("POST", DISPUTE_SERVICE, "/api/disputes/{D}/appeal/decision", Map.of(), "403 403 403 403 403 400 403 401"),
            new Row("POST", DISPUTE_SERVICE, "/api/disputes/{D}/information-requests", Map.of(), "403 403 403 403 400 400 403 401"),
            new Row("POST", DISPUTE_SERVICE, "/api/disputes/{D}/statements", Map.of(),  "400 400 400 400 403 403 403 401"),
            new Row("POST", DISPUTE_SERVICE, "/api/disputes/{D}/follow-ups", Map.of(),  "400 400 400 400 403 403 403 401"),
            new Row("POST", REFUND_SERVICE, "/api/refunds/{R}/retry", null,             "403 403 403 403 409 409 403 401"),
            new Row("POST", REFUND_SERVICE, "/api/refunds/{R}/wallet-fallback", null,   "409 404 403 403 409 409 403 401"),
            new Row("UPLOAD", ORDER_SERVICE, "/api/evidence", null,                     "201 201 201 201 201 201 403 401"),
            new Row("UPLOAD", ORDER_SERVICE, "/api/orders/{O}/items/i-1/qc-photos", null, "403 403 403 403 403 403 201 401"));

    private static Http http;
    private static Fixture fixture;
    private static byte[] photo;

    @RegisterExtension
    static final org.junit.jupiter.api.extension.BeforeAllCallback PLATFORM = AuthorizationIT::start;

    static void start(ExtensionContext context) throws Exception {
        SharedPlatform shared = SharedPlatform.get(context);
        http = new Http(shared.platform);
        fixture = Fixture.create(http, shared.root, "authz");
        photo = Files.readAllBytes(shared.root.resolve("deploy/local/samples/earbud.jpg"));
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Row row : MATRIX) {
            String[] expected = row.expected().trim().split("\\s+");
            assertEquals(Role.values().length, expected.length, row.path());
            for (Role role : Role.values()) {
                cells.add(Arguments.of(row.method() + " " + row.path(), role, row, expected[role.ordinal()]));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1} → {3}")
    @MethodSource("cells")
    void eachRoleGetsItsExpectedStatus(String endpoint, Role role, Row row, String expected) throws Exception {
        Reply reply = call(row, role);
        int status = Integer.parseInt(expected.substring(0, 3));
        assertEquals(status, reply.status(), endpoint + " as " + role + ": " + reply.body());
        if (status >= 400) {
            assertTrue(reply.isProblem(), "problem+json, not " + reply.contentType() + ": " + reply.body());
        }
        if (row.method().startsWith("STREAM") && status == 200) {
            assertTrue(reply.contentType().startsWith("text/event-stream"), "an event stream: " + reply.contentType());
            assertTrue(reply.body().matches("data: ?\\{.*"), "the latest event arrives at once: " + reply.body());
        }
        if (expected.endsWith("+")) {
            assertTrue(reply.body().contains(fixture.caseId().toString()), "the case is listed: " + reply.body());
        }
        if (expected.endsWith("-")) {
            assertFalse(reply.body().contains(fixture.caseId().toString()), "the case is not listed: " + reply.body());
        }
    }

    private static Reply call(Row row, Role role) throws Exception {
        String user = switch (role) {
            case BUYER -> fixture.buyerId();
            case OTHER_BUYER -> "b-other";
            case SELLER -> fixture.sellerId();
            case OTHER_SELLER -> "s-other";
            case AGENT -> "a-authz";
            case SUPERVISOR -> "sup-authz";
            case PLATFORM -> "agent-platform";
            case ANONYMOUS -> null;
        };
        String path = fixture.path(row.path());
        if (row.method().startsWith("STREAM")) {
            return http.openStream(row.service(), path, role.group, user, row.method().equals("STREAM_QUERY"));
        }
        if (row.method().equals("UPLOAD")) {
            return http.upload(row.service(), path, role.group, user, "photo.jpg", "image/jpeg", photo);
        }
        return http.send(row.method(), row.service(), path, role.group, user,
                row.body() == null && row.method().equals("POST") ? "" : row.body(), Map.of());
    }
}
