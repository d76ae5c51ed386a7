package io.refunds.local.reliability;

import static io.refunds.local.PlatformSettings.DISPUTE_SERVICE;
import static io.refunds.local.PlatformSettings.MESSAGING_SERVICE;
import static io.refunds.local.PlatformSettings.ORDER_SERVICE;
import static io.refunds.local.PlatformSettings.REFUND_SERVICE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * Generates requests that each carry at least one defect a correct service must refuse: a missing, expired,
 * forged or tampered token; an unknown or malformed id, or one with a NUL or invalid UTF-8; a wrong content type;
 * malformed JSON; an unknown field; an oversized header or request line; or one field with a wrong type, an
 * oversized string, a NUL or unpaired surrogate, a fraction, string, boolean or overflow where an integer belongs, a
 * negative amount, a bad or non-tender currency or an unknown enum value. Every endpoint of the four services is
 * covered, each starting from a valid request of its owner. Defects that only the request's reading can find name
 * the field the answer must name ({@link BadRequest#expectedField}).
 */
final class BadRequests {

    /** A field of a request body and how it may be broken. */
    enum Kind { STRING, ENUM, MONEY, UUID, UUIDS, INSTANT, INTEGER }

    /** An endpoint, as its owner calls it with a valid body (or none), and its body's fields. */
    record Endpoint(String method, String service, String path, String role, String user, ObjectNode body,
            Map<String, Kind> fields, Map<String, Integer> maxLengths) {
    }

    /**
     * One generated request: what it is, and why it must fail; {@code expectedField}, when set, is the field a 400
     * must name (the defect is in the request's shape, found before any state is read).
     */
    record BadRequest(String defect, String method, String service, String path, String authorization,
            String contentType, String body, boolean upload, Map<String, String> headers, String expectedField) {

        BadRequest(String defect, String method, String service, String path, String authorization,
                String contentType, String body, boolean upload) {
            this(defect, method, service, path, authorization, contentType, body, upload, Map.of(), null);
        }

        BadRequest naming(String field) {
            return new BadRequest(defect, method, service, path, authorization, contentType, body, upload, headers,
                    field);
        }

        @Override
        public String toString() {
            return defect + " " + method + " " + path + " auth=" + (authorization == null ? "-"
                    : authorization.substring(0, Math.min(20, authorization.length()))) + " type=" + contentType
                    + " body=" + (body == null ? "-" : body.substring(0, Math.min(300, body.length())));
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final com.fasterxml.jackson.databind.ObjectMapper ESCAPING = new com.fasterxml.jackson.databind
            .ObjectMapper().enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
    private static final List<String> IDS = List.of("{O}", "{C}", "{E}", "{V}", "{D}", "{R}", "{B}");

    private final List<Endpoint> endpoints;
    private final Http http;
    private final Fixture fixture;
    private final Function<String, String> forgedToken;

    BadRequests(Http http, Fixture fixture, Function<String, String> forgedToken) {
        this.http = http;
        this.fixture = fixture;
        this.forgedToken = forgedToken;
        this.endpoints = endpoints(fixture);
    }

    List<Endpoint> endpoints() {
        return endpoints;
    }

    BadRequest next(Random random) {
        Endpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
        String pathOnly = endpoint.path().split("\\?")[0];
        boolean hasId = IDS.stream().anyMatch(pathOnly::contains);
        boolean hasBody = endpoint.body() != null;
        boolean upload = endpoint.method().equals("UPLOAD");
        int roll = random.nextInt(100);
        if (roll >= 96) {
            return oversizedHead(endpoint, random);
        }
        if (roll >= 90 && hasBody && !upload) {
            return unknownField(endpoint, random);
        }
        if (endpoint.path().contains("?") && roll >= 20 && roll < 60) {
            return badQuery(endpoint, random);
        }
        if (roll < 20 || !hasBody && !hasId && !upload) {
            return badToken(endpoint, random);
        }
        if (upload) {
            return badUpload(endpoint, random);
        }
        if (roll < 40 && hasId || !hasBody) {
            return hasId ? unknownId(endpoint, random) : badToken(endpoint, random);
        }
        if (roll < 50) {
            return wrongContentType(endpoint, random);
        }
        if (roll < 60) {
            return malformedJson(endpoint, random);
        }
        return badField(endpoint, random);
    }

    private BadRequest badToken(Endpoint endpoint, Random random) {
        String token = http.token(endpoint.role(), endpoint.user());
        String[] parts = token.split("\\.");
        String authorization = switch (random.nextInt(7)) {
            case 0 -> null;
            case 1 -> "Bearer " + randomText(random, 1 + random.nextInt(200)).replaceAll("[^!-~]", "x");
            case 2 -> "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes());
            case 3 -> "Bearer " + forgedToken.apply(endpoint.user());
            case 4 -> "Bearer " + parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                    ("{\"iss\":\"refunds-platform\",\"sub\":\"" + endpoint.user()
                            + "\",\"groups\":[\"supervisor\"],\"exp\":4102444800}").getBytes()) + "." + parts[2];
            case 5 -> "Bearer " + Base64.getUrlEncoder().withoutPadding().encodeToString(
                    "{\"alg\":\"none\"}".getBytes()) + "." + parts[1] + ".";
            default -> "Bearer " + http.expiredToken(endpoint.role(), endpoint.user());
        };
        return request("token", endpoint, fixture.path(endpoint.path()), authorization, json(endpoint.body()));
    }

    private BadRequest badQuery(Endpoint endpoint, Random random) {
        // (A malformed escape such as %zz cannot be sent: java.net.URI refuses it on the client.)
        String value = oneOf(random, "not-a-uuid", "BOGUS", "%00", "x".repeat(5_000), "-1", "usd", "a%00b",
                "%ED%A0%80", "%C3");
        String path = fixture.path(endpoint.path()).replaceAll("=[^&]*", "=" + value);
        BadRequest request = request("query " + value.substring(0, Math.min(12, value.length())), endpoint, path,
                bearer(endpoint), null);
        boolean unreadable = value.contains("%00") || value.contains("%ED") || value.equals("%C3");
        // Every parameter gets the value; the first one the service reads (the first in the query) is named.
        return unreadable ? request.naming(path.replaceAll("^[^?]*\\?([^=&]+)=.*$", "$1")) : request;
    }

    /** A field no request has ({@code status}, {@code buyerId}, {@code isAdmin}), at the top or inside an object. */
    private BadRequest unknownField(Endpoint endpoint, Random random) {
        ObjectNode body = endpoint.body().deepCopy();
        String name = oneOf(random, "status", "buyerId", "isAdmin", "refundedMinor", "__proto__");
        List<String> objects = new java.util.ArrayList<>(List.of(""));
        endpoint.fields().forEach((field, kind) -> {
            if (kind == Kind.MONEY && at(body, field) instanceof ObjectNode) {
                objects.add(field);
            }
        });
        String parent = objects.get(random.nextInt(objects.size()));
        if (parent.isEmpty() && body.has(name)) {
            name = name + "X";
        }
        JsonNode target = parent.isEmpty() ? body : at(body, parent);
        ((ObjectNode) target).put(name, name.equals("isAdmin") || random.nextBoolean());
        String field = parent.isEmpty() ? name : readable(parent) + "." + name;
        return request("unknown field " + name, endpoint, fixture.path(endpoint.path()), bearer(endpoint), json(body))
                .naming(field);
    }

    /** Headers past 16 KiB or a request line past 8 KiB: answered by the service's own limits as problem+json. */
    private BadRequest oversizedHead(Endpoint endpoint, Random random) {
        String path = fixture.path(endpoint.path());
        if (random.nextBoolean()) {
            String padding = "x".repeat(17_000 + random.nextInt(200_000));
            return new BadRequest("oversized header", endpoint.method().equals("UPLOAD") ? "POST" : endpoint.method(),
                    endpoint.service(), path, bearer(endpoint), endpoint.body() == null ? null : "application/json",
                    json(endpoint.body()), false, Map.of("X-Padding", padding), null);
        }
        String longPath = path + (path.contains("?") ? "&" : "?") + "pad=" + "y".repeat(8_200 + random.nextInt(50_000));
        return new BadRequest("oversized URI", endpoint.method().equals("UPLOAD") ? "POST" : endpoint.method(),
                endpoint.service(), longPath, bearer(endpoint), endpoint.body() == null ? null : "application/json",
                json(endpoint.body()), false, Map.of(), null);
    }

    private BadRequest unknownId(Endpoint endpoint, Random random) {
        String path = endpoint.path();
        for (String id : IDS) {
            if (path.split("\\?")[0].contains(id)) {
                String replacement = switch (random.nextInt(7)) {
                    case 0 -> UUID.randomUUID().toString();
                    case 1 -> randomText(random, 1 + random.nextInt(40)).replaceAll("[^A-Za-z0-9-]", "x");
                    case 2 -> "9".repeat(1 + random.nextInt(400));
                    case 3 -> "%00";
                    case 4 -> "o-%00-1";
                    case 5 -> "%ED%A0%80";
                    default -> UUID.randomUUID() + "x";
                };
                BadRequest request = request("unknown id " + replacement.substring(0, Math.min(9,
                        replacement.length())), endpoint, fixture.path(path.replace(id, replacement)), bearer(endpoint),
                        json(endpoint.body()));
                return replacement.contains("%") ? request.naming("path") : request;
            }
        }
        return request("unknown id", endpoint, fixture.path(path), bearer(endpoint), json(endpoint.body()));
    }

    private BadRequest wrongContentType(Endpoint endpoint, Random random) {
        String type = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=zzz", "application/octet-stream").get(random.nextInt(5));
        return new BadRequest("content type", endpoint.method(), endpoint.service(), fixture.path(endpoint.path()),
                bearer(endpoint), type, json(endpoint.body()), false);
    }

    private BadRequest malformedJson(Endpoint endpoint, Random random) {
        String valid = json(endpoint.body());
        String body = switch (random.nextInt(5)) {
            // Never empty: an empty body is no body, which the receipt endpoint rightly accepts.
            case 0 -> valid.substring(0, 1 + random.nextInt(valid.length() - 1));
            case 1 -> randomText(random, 1 + random.nextInt(500));
            case 2 -> "[".repeat(5_000 + random.nextInt(5_000));
            case 3 -> valid.replaceFirst(":", "::");
            default -> valid + "}}";
        };
        return request("malformed JSON", endpoint, fixture.path(endpoint.path()), bearer(endpoint), body);
    }

    private BadRequest badField(Endpoint endpoint, Random random) {
        List<String> names = List.copyOf(endpoint.fields().keySet());
        String field = names.get(random.nextInt(names.size()));
        Kind kind = endpoint.fields().get(field);
        ObjectNode body = endpoint.body().deepCopy();
        if (kind == Kind.STRING && random.nextInt(3) == 0) {
            set(body, field, NODES.textNode(oneOf(random, "a\u0000b", "\u0000", "x\ud800y", "\udc00", "end \ud83d")));
            return request("string " + field + " NUL/surrogate", endpoint, fixture.path(endpoint.path()),
                    bearer(endpoint), json(body)).naming(readable(field));
        }
        if (kind == Kind.MONEY && random.nextInt(2) == 0) {
            ObjectNode money = NODES.objectNode().put("currency", "USD");
            money.set("minorUnits", integerDefect(random));
            set(body, field, money);
            return request("money " + field + " not an integer", endpoint, fixture.path(endpoint.path()),
                    bearer(endpoint), json(body)).naming(readable(field) + ".minorUnits");
        }
        if (kind == Kind.INTEGER) {
            set(body, field, integerDefect(random));
            return request("integer " + field, endpoint, fixture.path(endpoint.path()), bearer(endpoint), json(body))
                    .naming(readable(field));
        }
        JsonNode bad = switch (kind) {
            case INTEGER -> throw new IllegalStateException("handled above");
            case STRING -> badString(random, endpoint.maxLengths().getOrDefault(field, 4000));
            case ENUM -> oneOf(random, NODES.textNode(randomText(random, 1 + random.nextInt(30))),
                    NODES.textNode(""), NODES.numberNode(7), NODES.objectNode(), NODES.textNode("full_refund "));
            case MONEY -> badMoney(random);
            case UUID -> oneOf(random, NODES.textNode("not-a-uuid"), NODES.numberNode(42), NODES.objectNode(),
                    NODES.textNode(UUID.randomUUID() + "0"));
            case UUIDS -> badUuids(random);
            case INSTANT -> oneOf(random, NODES.textNode("yesterday"), NODES.textNode("2999-01-01T00:00:00Z"),
                    NODES.textNode("2026-13-45T99:00:00Z"), NODES.objectNode());
        };
        set(body, field, bad);
        return request(kind.name().toLowerCase() + " " + field, endpoint, fixture.path(endpoint.path()),
                bearer(endpoint), json(body));
    }

    private BadRequest badUpload(Endpoint endpoint, Random random) {
        String path = fixture.path(endpoint.path());
        return switch (random.nextInt(3)) {
            case 0 -> new BadRequest("upload as JSON", "POST", endpoint.service(), path, bearer(endpoint),
                    "application/json", "{\"file\":\"" + randomText(random, 50).replace("\"", "") + "\"}", false);
            case 1 -> new BadRequest("upload without a file", "UPLOAD-NOFILE", endpoint.service(), path,
                    bearer(endpoint), "image/jpeg", null, true);
            default -> new BadRequest("upload of a program", "UPLOAD-EXE", endpoint.service(), path,
                    bearer(endpoint), "application/x-msdownload", null, true);
        };
    }

    /** A fraction, a string, a boolean or an overflow where a JSON integer belongs. */
    private static JsonNode integerDefect(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> NODES.numberNode(new java.math.BigDecimal("12.5"));
            case 1 -> NODES.numberNode(new java.math.BigDecimal("100.0"));
            case 2 -> NODES.textNode("100");
            case 3 -> NODES.booleanNode(true);
            case 4 -> NODES.numberNode(new BigInteger("9".repeat(20 + random.nextInt(20))));
            default -> NODES.numberNode(1e3);
        };
    }

    /** {@code items.0.paid} as clients read field names: {@code items[0].paid}. */
    private static String readable(String path) {
        return path.replaceAll("\\.(\\d+)(?=\\.|$)", "[$1]");
    }

    private static JsonNode at(ObjectNode body, String path) {
        JsonNode node = body;
        for (String step : path.split("\\.")) {
            node = node.isArray() ? node.get(Integer.parseInt(step)) : node.get(step);
        }
        return node;
    }

    private static JsonNode badString(Random random, int max) {
        return switch (random.nextInt(4)) {
            case 0 -> NODES.textNode("é".repeat(max + 1 + random.nextInt(50_000)));
            case 1 -> NODES.objectNode().put("nested", "value");
            case 2 -> NODES.arrayNode().add(1).add("two");
            default -> NODES.textNode(randomText(new Random(random.nextLong()), max + 1 + random.nextInt(200_000)));
        };
    }

    private static JsonNode badMoney(Random random) {
        ObjectNode money = NODES.objectNode();
        switch (random.nextInt(8)) {
            case 0 -> money.put("minorUnits", -1 - (long) random.nextInt(1_000_000_000)).put("currency", "USD");
            case 1 -> money.set("minorUnits", NODES.numberNode(new BigInteger("9".repeat(20 + random.nextInt(40)))));
            case 2 -> money.put("minorUnits", Long.MIN_VALUE).put("currency", "USD");
            case 3 -> money.put("minorUnits", 1e308).put("currency", "USD");
            case 4 -> money.put("minorUnits", 100).put("currency", List.of("US", "USDX", "", "€€€", "123", "ZZZ",
                    "U$D", "XXX", "XAU", "XTS", "XDR").get(random.nextInt(11)));
            case 5 -> money.put("minorUnits", 100);
            case 6 -> money.put("minorUnits", "one hundred").put("currency", "USD");
            default -> {
                return NODES.textNode("100 USD");
            }
        }
        return money;
    }

    private static JsonNode badUuids(Random random) {
        ArrayNode ids = NODES.arrayNode();
        switch (random.nextInt(4)) {
            case 0 -> ids.add("not-a-uuid");
            case 1 -> ids.addNull();
            case 2 -> {
                for (int i = 0; i < 21 + random.nextInt(500); i++) {
                    ids.add(UUID.randomUUID().toString());
                }
            }
            default -> {
                return NODES.textNode(UUID.randomUUID().toString());
            }
        }
        return ids;
    }

    @SafeVarargs
    private static <T> T oneOf(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static void set(ObjectNode body, String path, JsonNode value) {
        String[] steps = path.split("\\.");
        JsonNode node = body;
        for (int i = 0; i < steps.length - 1; i++) {
            node = node.isArray() ? node.get(Integer.parseInt(steps[i])) : node.get(steps[i]);
        }
        ((ObjectNode) node).set(steps[steps.length - 1], value);
    }

    private BadRequest request(String defect, Endpoint endpoint, String path, String authorization,
            String body) {
        return new BadRequest(defect, endpoint.method(), endpoint.service(), path, authorization,
                body == null ? null : "application/json", body, false);
    }

    private String bearer(Endpoint endpoint) {
        return "Bearer " + http.token(endpoint.role(), endpoint.user());
    }

    /**
     * The body as JSON text with every non-ASCII character escaped: a lone surrogate must travel as the escape
     * {@code \uD800}, which a JSON reader decodes back to it, not as a raw char the UTF-8 encoder replaces with '?'.
     */
    private static String json(JsonNode body) {
        try {
            return body == null ? null : ESCAPING.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(10);
            text.append(pick < 7 ? (char) (' ' + random.nextInt(95)) : pick < 9 ? (char) (0x4e00 + random.nextInt(500))
                    : (char) random.nextInt(32));
        }
        return text.toString();
    }

    private static List<Endpoint> endpoints(Fixture f) {
        String buyer = f.buyerId();
        String seller = f.sellerId();
        ObjectNode order = NODES.objectNode().put("orderId", "o-fuzz-" + UUID.randomUUID()).put("buyerId", buyer);
        order.putArray("items").addObject().put("itemId", "i-1").put("sellerId", seller).put("title", "Lamp")
                .put("category", "home").put("quantity", 1).put("exchangeRate", "0.1383")
                .put("receivedAt", "2026-01-01T00:00:00Z")
                .<ObjectNode>set("unitPrice", money(89_000, "CNY")).set("paid", money(12_900, "USD"));
        ObjectNode report = NODES.objectNode().put("orderId", f.orderId()).put("itemId", "i-1")
                .put("reason", "DEFECTIVE").put("description", "It does not switch on")
                .put("refundDestination", "WALLET").put("requestedOutcome", "PARTIAL_REFUND")
                .<ObjectNode>set("requestedAmount", money(5_000, "USD"));
        report.putArray("evidenceIds").add(f.evidenceId());
        ObjectNode decision = NODES.objectNode().put("outcome", "PARTIAL_REFUND").put("rationale", "Photos")
                .set("amount", money(5_000, "USD"));
        decision.putArray("lines").addObject().put("kind", "ITEM").set("amount", money(5_000, "USD"));
        ObjectNode offer = NODES.objectNode().put("offerType", "PARTIAL_REFUND").put("note", "Sorry")
                .set("amount", money(4_000, "USD"));
        offer.putArray("lines").addObject().put("kind", "ITEM").set("amount", money(4_000, "USD"));
        ObjectNode withEvidence = NODES.objectNode().put("body", "Here is more");
        withEvidence.putArray("evidenceIds").add(f.evidenceId());
        ObjectNode addEvidence = NODES.objectNode();
        addEvidence.putArray("evidenceIds").add(f.evidenceId());
        String noReturn = UUID.randomUUID().toString();
        String noReplacement = UUID.randomUUID().toString();
        String noParcel = "PCL-" + UUID.randomUUID();
        Map<String, Integer> limits = Map.of("orderId", 128, "itemId", 128, "reason", 64, "assignee", 128,
                "note", 2000, "body", 4000);
        return List.of(
                get("/api/orders/{O}", "buyer", buyer),
                get("/api/orders/{O}/items/i-1/eligibility?reason=DEFECTIVE", "buyer", buyer),
                get("/api/orders/{O}/items/i-1/eligibility", "buyer", buyer),
                get("/api/orders/{O}/items/i-1/quote?reason=DEFECTIVE&remedy=FULL_REFUND", "buyer", buyer),
                get("/api/cases/{C}", "buyer", buyer),
                get("/api/cases?status=REFUNDED", "buyer", buyer),
                get("/api/evidence/{E}", "buyer", buyer),
                getOn(MESSAGING_SERVICE, "/api/conversations?caseId={C}", "buyer", buyer),
                getOn(MESSAGING_SERVICE, "/api/conversations/{V}", "buyer", buyer),
                getOn(MESSAGING_SERVICE, "/api/upstream-refunds/{C}", "agent", "a-fuzz"),
                getOn(DISPUTE_SERVICE, "/api/disputes?caseId={C}", "agent", "a-fuzz"),
                getOn(DISPUTE_SERVICE, "/api/disputes/{D}", "buyer", buyer),
                getOn(REFUND_SERVICE, "/api/refunds?caseId={C}", "buyer", buyer),
                getOn(REFUND_SERVICE, "/api/refunds/{R}", "buyer", buyer),
                getOn(REFUND_SERVICE, "/api/wallets/{B}?currency=USD", "buyer", buyer),
                getOn(REFUND_SERVICE, "/api/refunds/ledger/trial-balance", "supervisor", "sup-fuzz"),
                getOn(REFUND_SERVICE, "/api/refunds/ledger/balances", "supervisor", "sup-fuzz"),
                post(ORDER_SERVICE, "/api/orders", "platform", "agent-platform", order, Map.of("orderId", Kind.STRING,
                        "buyerId", Kind.STRING, "items.0.paid", Kind.MONEY, "items.0.unitPrice", Kind.MONEY,
                        "items.0.receivedAt", Kind.INSTANT, "items.0.title", Kind.STRING, "items.0.quantity",
                        Kind.INTEGER), limits),
                post(ORDER_SERVICE, "/api/orders/{O}/items/i-1/receipt", "buyer", buyer,
                        NODES.objectNode().put("receivedAt", "2026-01-01T00:00:00Z"),
                        Map.of("receivedAt", Kind.INSTANT), limits),
                post(ORDER_SERVICE, "/api/orders/{O}/items/i-1/journey", "platform", "agent-platform",
                        NODES.objectNode().put("step", "SHIPPED_ABROAD").put("parcelId", "PCL-1").put("carrier", "EMS")
                                .put("tracking", "EE1CN").put("at", "2026-01-01T00:00:00Z")
                                .set("insuredValue", money(12_900, "USD")),
                        Map.of("step", Kind.ENUM, "parcelId", Kind.STRING, "carrier", Kind.STRING, "tracking",
                                Kind.STRING, "at", Kind.INSTANT, "insuredValue", Kind.MONEY),
                        Map.of("parcelId", 128, "carrier", 64, "tracking", 128)),
                post(ORDER_SERVICE, "/api/orders/{O}/items/i-1/cost-lines", "platform", "agent-platform",
                        costLines(), Map.of("lines.0.kind", Kind.ENUM, "lines.0.amount", Kind.MONEY, "lines.0.cny",
                                Kind.MONEY), limits),
                post(ORDER_SERVICE, "/api/cases", "buyer", buyer, report, Map.of("orderId", Kind.STRING,
                        "reason", Kind.ENUM, "description", Kind.STRING, "refundDestination", Kind.ENUM,
                        "requestedOutcome", Kind.ENUM, "requestedAmount", Kind.MONEY, "evidenceIds", Kind.UUIDS),
                        limits),
                post(ORDER_SERVICE, "/api/cases/{C}/evidence", "buyer", buyer, addEvidence,
                        Map.of("evidenceIds", Kind.UUIDS), limits),
                post(ORDER_SERVICE, "/api/cases/{C}/withdrawal", "buyer", buyer, null, Map.of(), limits),
                post(MESSAGING_SERVICE, "/api/conversations/{V}/messages", "buyer", buyer, withEvidence,
                        Map.of("body", Kind.STRING, "evidenceIds", Kind.UUIDS), Map.of("body", 5000)),
                post(MESSAGING_SERVICE, "/api/conversations/{V}/decline", "seller", seller,
                        NODES.objectNode().put("reason", "No"), Map.of("reason", Kind.STRING), Map.of("reason", 2000)),
                post(MESSAGING_SERVICE, "/api/conversations/{V}/escalation", "buyer", buyer, null, Map.of(), limits),
                post(MESSAGING_SERVICE, "/api/conversations/{V}/offers", "seller", seller, offer,
                        Map.of("offerType", Kind.ENUM, "amount", Kind.MONEY, "note", Kind.STRING, "lines.0.kind",
                                Kind.ENUM, "lines.0.amount", Kind.MONEY), limits),
                post(MESSAGING_SERVICE, "/api/conversations/{V}/offers/" + UUID.randomUUID() + "/acceptance", "buyer",
                        buyer, NODES.objectNode().put("reason", "ok"), Map.of("reason", Kind.STRING),
                        Map.of("reason", 2000)),
                post(MESSAGING_SERVICE, "/api/conversations/{V}/offers/" + UUID.randomUUID() + "/rejection", "buyer",
                        buyer, NODES.objectNode().put("reason", "no"), Map.of("reason", Kind.STRING),
                        Map.of("reason", 2000)),
                post(DISPUTE_SERVICE, "/api/disputes", "buyer", buyer,
                        NODES.objectNode().put("caseId", f.caseId().toString()).put("reason", "Seller refused"),
                        Map.of("caseId", Kind.UUID, "reason", Kind.STRING), Map.of("reason", 2000)),
                post(DISPUTE_SERVICE, "/api/disputes/{D}/assignment", "agent", "a-fuzz",
                        NODES.objectNode().put("assignee", "a-fuzz"), Map.of("assignee", Kind.STRING), limits),
                post(DISPUTE_SERVICE, "/api/disputes/{D}/decision", "agent", "a-fuzz", decision,
                        Map.of("outcome", Kind.ENUM, "amount", Kind.MONEY, "rationale", Kind.STRING, "lines.0.kind",
                                Kind.ENUM, "lines.0.amount", Kind.MONEY), limits),
                post(DISPUTE_SERVICE, "/api/disputes/{D}/appeal", "buyer", buyer,
                        NODES.objectNode().put("reason", "Wrong").set("evidenceIds", NODES.arrayNode()
                                .add(f.evidenceId())), Map.of("reason", Kind.STRING, "evidenceIds", Kind.UUIDS),
                        Map.of("reason", 4000)),
                post(DISPUTE_SERVICE, "/api/disputes/{D}/appeal/decision", "supervisor", "sup-fuzz", decision,
                        Map.of("outcome", Kind.ENUM, "amount", Kind.MONEY, "rationale", Kind.STRING, "lines.0.kind",
                                Kind.ENUM, "lines.0.amount", Kind.MONEY), limits),
                post(DISPUTE_SERVICE, "/api/disputes/{D}/information-requests", "agent", "a-fuzz",
                        NODES.objectNode().put("from", "BUYER").put("question", "When?"),
                        Map.of("from", Kind.ENUM, "question", Kind.STRING), Map.of("question", 4000)),
                post(DISPUTE_SERVICE, "/api/disputes/{D}/statements", "buyer", buyer, withEvidence,
                        Map.of("body", Kind.STRING, "evidenceIds", Kind.UUIDS), limits),
                post(DISPUTE_SERVICE, "/api/disputes/{D}/follow-ups", "buyer", buyer,
                        NODES.objectNode().put("body", "Any news?"), Map.of("body", Kind.STRING), limits),
                getOn(ORDER_SERVICE, "/api/returns?caseId={C}", "buyer", buyer),
                getOn(ORDER_SERVICE, "/api/returns/" + noReturn, "buyer", buyer),
                post(ORDER_SERVICE, "/api/returns/" + noReturn + "/shipment", "buyer", buyer,
                        NODES.objectNode().put("carrier", "YunExpress").put("tracking", "YT1")
                                .put("shippedAt", "2026-01-01T00:00:00Z"),
                        Map.of("carrier", Kind.STRING, "tracking", Kind.STRING, "shippedAt", Kind.INSTANT),
                        Map.of("carrier", 100, "tracking", 100)),
                post(ORDER_SERVICE, "/api/returns/" + noReturn + "/scans", "platform", "agent-platform",
                        NODES.objectNode().put("scannedAt", "2026-01-01T00:00:00Z").put("location", "Guangzhou"),
                        Map.of("scannedAt", Kind.INSTANT, "location", Kind.STRING), Map.of("location", 200)),
                post(ORDER_SERVICE, "/api/returns/" + noReturn + "/receipt", "agent", "a-fuzz",
                        NODES.objectNode().put("inspection", "AS_EXPECTED").put("note", "Fine")
                                .put("receivedAt", "2026-01-01T00:00:00Z"),
                        Map.of("inspection", Kind.ENUM, "note", Kind.STRING, "receivedAt", Kind.INSTANT), limits),
                getOn(ORDER_SERVICE, "/api/replacements?caseId={C}", "buyer", buyer),
                getOn(ORDER_SERVICE, "/api/replacements/" + noReplacement, "buyer", buyer),
                post(ORDER_SERVICE, "/api/replacements/" + noReplacement + "/journey", "platform", "agent-platform",
                        NODES.objectNode().put("step", "SHIPPED_ABROAD").put("at", "2026-01-01T00:00:00Z")
                                .put("carrier", "EMS").put("tracking", "EE1").put("parcelId", "P-1"),
                        Map.of("step", Kind.ENUM, "at", Kind.INSTANT, "carrier", Kind.STRING, "tracking", Kind.STRING,
                                "parcelId", Kind.STRING), Map.of("carrier", 100, "tracking", 100, "parcelId", 100)),
                getOn(ORDER_SERVICE, "/api/parcels/" + noParcel, "buyer", buyer),
                post(ORDER_SERVICE, "/api/parcels/" + noParcel + "/scans", "platform", "agent-platform",
                        NODES.objectNode().put("scannedAt", "2026-01-01T00:00:00Z").put("location", "Leipzig")
                                .put("lost", false),
                        Map.of("scannedAt", Kind.INSTANT, "location", Kind.STRING),
                        Map.of("location", 200)),
                post(ORDER_SERVICE, "/api/parcels/" + noParcel + "/claims", "buyer", buyer,
                        NODES.objectNode().put("reason", "SEIZED").put("description", "Held at customs")
                                .put("refundDestination", "WALLET"),
                        Map.of("reason", Kind.ENUM, "description", Kind.STRING, "refundDestination", Kind.ENUM),
                        Map.of("description", 4_000)),
                getOn(ORDER_SERVICE, "/api/parcels/" + noParcel + "/claims/00000000-0000-4000-8000-00000000c001",
                        "buyer", buyer),
                post(MESSAGING_SERVICE, "/api/marketplace/notifications", "platform", "agent-platform", null,
                        Map.of(), limits),
                post(REFUND_SERVICE, "/api/refunds/{R}/retry", "agent", "a-fuzz", null, Map.of(), limits),
                post(REFUND_SERVICE, "/api/refunds/{R}/wallet-fallback", "buyer", buyer, null, Map.of(), limits),
                new Endpoint("UPLOAD", ORDER_SERVICE, "/api/evidence", "buyer", buyer, null, Map.of(), limits),
                new Endpoint("UPLOAD", ORDER_SERVICE, "/api/orders/{O}/items/i-1/qc-photos", "platform",
                        "agent-platform", null, Map.of(), limits));
    }

    /** The parcel's shipping share, as the platform registers it once the parcel ships. */
    private static ObjectNode costLines() {
        ObjectNode body = NODES.objectNode();
        body.putArray("lines").addObject().put("kind", "INTERNATIONAL_SHIPPING").set("amount", money(900, "USD"));
        return body;
    }

    private static ObjectNode money(long minorUnits, String currency) {
        return NODES.objectNode().put("minorUnits", minorUnits).put("currency", currency);
    }

    private static Endpoint get(String path, String role, String user) {
        return getOn(ORDER_SERVICE, path, role, user);
    }

    private static Endpoint getOn(String service, String path, String role, String user) {
        return new Endpoint("GET", service, path, role, user, null, Map.of(), Map.of());
    }

    private static Endpoint post(String service, String path, String role, String user, ObjectNode body,
            Map<String, Kind> fields, Map<String, Integer> limits) {
        return new Endpoint("POST", service, path, role, user, body, new LinkedHashMap<>(fields), limits);
    }
}
