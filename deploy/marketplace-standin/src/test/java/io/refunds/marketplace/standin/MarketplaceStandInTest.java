package io.refunds.marketplace.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.refunds.marketplace.standin.MarketplaceStandIn.Options;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MarketplaceStandInTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TAOBAO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String SECRET = "standin-secret";
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final String APPLY = "taobao.refund.apply";
    private static final String GET = "taobao.refund.get";
    private static final String MODIFY = "taobao.refund.modify";
    private static final String CANCEL = "taobao.refund.cancel";
    private static final String SHIP = "taobao.refund.returngoods.ship";

    private MarketplaceStandIn standIn;
    private final List<HttpServer> receivers = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        standIn = MarketplaceStandIn.start(0, Options.defaults().withSlowAnswer(Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() {
        standIn.close();
        receivers.forEach(receiver -> receiver.stop(0));
    }

    @Test
    void aWrongSignOrAppKeyIsRefusedAndNothingIsFiled() throws Exception {
        Map<String, String> business = filing("item_sig", "out-sig", "10.00", false);
        JsonNode wrongSecret = answer(post(signed(APPLY, business, "standin", "not-the-secret"), PATIENCE));
        JsonNode wrongKey = answer(post(signed(APPLY, business, "someone-else", SECRET), PATIENCE));
        Map<String, String> tampered = signed(APPLY, business, "standin", SECRET);
        tampered.put("refund_fee", "9999.00");
        for (JsonNode refused : List.of(wrongSecret, wrongKey, answer(post(tampered, PATIENCE)))) {
            assertEquals(25, error(refused).path("code").asInt(), refused.toString());
            assertEquals("Invalid signature", error(refused).path("msg").asText());
        }
        assertEquals(0, refundsOn("item_sig").size());
        assertEquals(0, requests("item_sig", null));
        assertEquals("WAIT_SELLER_AGREE", refund(call(APPLY, filing("item_sig_silent", "o", "1.00", false)))
                .path("status").asText(), "the same call signed right is taken");
    }

    @Test
    void applyIsIdempotentByOutRefundId() throws Exception {
        JsonNode first = apply("item_silent", "out-1", "128.50", false);
        JsonNode again = apply("item_silent", "out-1", "128.50", false);
        assertTrue(first.path("refund_id").asText().matches("RF\\d{12}"), first.toString());
        assertEquals(first.path("refund_id"), again.path("refund_id"));
        assertEquals(first.path("refund_version"), again.path("refund_version"));
        assertEquals("WAIT_SELLER_AGREE", again.path("status").asText());
        assertEquals("128.50", again.path("refund_fee").asText());
        assertEquals(1, refundsOn("item_silent").size());
        assertEquals(2, requests("item_silent", null));
        assertEquals(2, requests("item_silent", APPLY));
        assertEquals(0, requests("item_silent", GET));
        assertEquals(time(first.path("created")).plusHours(48), time(first.path("timeout")));

        JsonNode second = error(call(APPLY, filing("item_silent", "out-2", "1.00", false)));
        assertEquals("isv.refund-already-exists", second.path("sub_code").asText());
        JsonNode found = call("taobao.refunds.apply.get", Map.of("out_refund_id", "out-1"))
                .path("refunds_apply_get_response");
        assertEquals(1, found.path("total_results").asInt(), found.toString());
        assertEquals(first.path("refund_id"), found.path("refunds").path("refund").get(0).path("refund_id"));
        assertEquals(0, call("taobao.refunds.apply.get", Map.of("out_refund_id", "out-unknown"))
                .path("refunds_apply_get_response").path("total_results").asInt());
    }

    @Test
    void aSellerWhoAgreesPaysARefundOnlyAtOnce() throws Exception {
        for (String oid : List.of("item_agree", "item_plain")) {
            JsonNode filed = apply(oid, "out-" + oid, "128.50", false);
            assertEquals("SUCCESS", filed.path("status").asText(), filed.toString());
            assertEquals("128.50", filed.path("refund_fee").asText());
            assertTrue(filed.path("timeout").isNull(), "no clock runs in an end state");
            assertTrue(filed.path("seller_offer_fee").isNull());
            JsonNode got = refund(call(GET, Map.of("refund_id", filed.path("refund_id").asText())));
            assertEquals(filed, got);
        }
    }

    @Test
    void aReturnIsShippedThenConfirmedAndPaid() throws Exception {
        JsonNode agreed = apply("item_agree", "out-r", "300.00", true);
        assertEquals("WAIT_BUYER_RETURN_GOODS", agreed.path("status").asText(), agreed.toString());
        assertTrue(agreed.path("has_good_return").asBoolean());
        assertFalse(agreed.path("address").asText().isBlank(), "the seller's return address");
        JsonNode shipped = refund(change(SHIP, agreed, "company_name", "SF Express", "sid", "SF1234567890"));
        assertEquals("WAIT_SELLER_CONFIRM_GOODS", shipped.path("status").asText());
        assertEquals("SF1234567890", shipped.path("sid").asText());
        assertEquals("SF Express", shipped.path("company_name").asText());
        assertTrue(shipped.path("refund_version").asLong() > agreed.path("refund_version").asLong());
        assertEquals("isv.refund-status-invalid",
                error(change(SHIP, shipped, "company_name", "SF", "sid", "x")).path("sub_code").asText());

        HttpResponse<String> confirmed = control("POST", "/_standin/refunds/" + id(shipped) + "/confirm-goods");
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertEquals("SUCCESS", JSON.readTree(confirmed.body()).path("status").asText());
        assertEquals("SUCCESS", refund(call(GET, Map.of("refund_id", id(shipped)))).path("status").asText());
        assertEquals(409, control("POST", "/_standin/refunds/" + id(shipped) + "/confirm-goods").statusCode());
    }

    @Test
    void aRefusalCarriesAProofThatIsAJpeg() throws Exception {
        JsonNode refused = apply("item_refuse", "out-x", "50.00", false);
        assertEquals("SELLER_REFUSE_BUYER", refused.path("status").asText(), refused.toString());
        assertTrue(refused.path("refuse_reason").asText().contains("买家举证无效"));
        assertEquals(standIn.url() + "/_standin/proof/" + id(refused) + ".jpg", refused.path("refuse_proof").asText());
        HttpResponse<byte[]> proof = HTTP.send(HttpRequest.newBuilder(URI.create(refused.path("refuse_proof")
                .asText())).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, proof.statusCode());
        assertEquals("image/jpeg", proof.headers().firstValue("Content-Type").orElse(""));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(proof.body()));
        assertNotNull(image, "a JPEG that decodes");
        assertEquals(1, image.getWidth());

        assertEquals("isv.refund-status-invalid",
                error(change(MODIFY, refused, "refund_fee", "10.00")).path("sub_code").asText());
        JsonNode cancelled = refund(change(CANCEL, refused));
        assertEquals("CLOSED", cancelled.path("status").asText());
        assertEquals("BUYER_CANCELLED", cancelled.path("close_reason").asText());
    }

    @Test
    void theSellerCanBeToldToRefuseNow() throws Exception {
        JsonNode waiting = apply("item_silent", "out-n", "20.00", false);
        HttpResponse<String> refused = control("POST", "/_standin/refunds/" + id(waiting) + "/refuse");
        assertEquals(200, refused.statusCode(), refused.body());
        assertEquals("SELLER_REFUSE_BUYER", JSON.readTree(refused.body()).path("status").asText());
        assertEquals(404, control("POST", "/_standin/refunds/RF000000000000/refuse").statusCode());
    }

    @Test
    void aPartialOfferIsAgreedWhenTheBuyerModifiesToIt() throws Exception {
        JsonNode offered = apply("item_partial", "out-p", "99.99", false);
        assertEquals("WAIT_SELLER_AGREE", offered.path("status").asText(), offered.toString());
        assertEquals("49.99", offered.path("seller_offer_fee").asText(), "half, rounded down to the fen");
        assertFalse(offered.path("seller_message").asText().isBlank());

        JsonNode aboveOffer = refund(change(MODIFY, offered, "refund_fee", "60.00"));
        assertEquals("WAIT_SELLER_AGREE", aboveOffer.path("status").asText(), "the offer stands");
        assertEquals("60.00", aboveOffer.path("refund_fee").asText());
        JsonNode agreed = refund(change(MODIFY, aboveOffer, "refund_fee", "49.99"));
        assertEquals("SUCCESS", agreed.path("status").asText(), agreed.toString());
        assertEquals("49.99", agreed.path("refund_fee").asText());
        assertEquals(aboveOffer.path("refund_version").asLong() + 2, agreed.path("refund_version").asLong(),
                "the buyer's modification, then the seller's agreement");
    }

    @Test
    void aStaleVersionIsAConflictThatNamesTheCurrentOne() throws Exception {
        JsonNode filed = apply("item_silent", "out-v", "10.00", false);
        long version = filed.path("refund_version").asLong();
        JsonNode stale = error(call(CANCEL, Map.of("refund_id", id(filed), "refund_version",
                String.valueOf(version - 1))));
        assertEquals("isv.refund-version-conflict", stale.path("sub_code").asText(), stale.toString());
        assertEquals(version, stale.path("current_version").asLong());
        assertTrue(stale.path("sub_msg").asText().contains(String.valueOf(version)));
        assertEquals("WAIT_SELLER_AGREE", refund(call(GET, Map.of("refund_id", id(filed)))).path("status").asText());

        JsonNode cancelled = refund(change(CANCEL, filed));
        assertEquals("CLOSED", cancelled.path("status").asText());
        assertEquals("BUYER_CANCELLED", cancelled.path("close_reason").asText());
        assertEquals("isv.refund-status-invalid", error(change(CANCEL, cancelled)).path("sub_code").asText());
    }

    @Test
    void conflict1MovesTheVersionOnUnderTheFirstChangeOnly() throws Exception {
        JsonNode filed = apply("item_silent_conflict1", "out-c", "10.00", false);
        long version = filed.path("refund_version").asLong();
        JsonNode conflict = error(change(CANCEL, filed));
        assertEquals("isv.refund-version-conflict", conflict.path("sub_code").asText(), conflict.toString());
        assertEquals(version + 1, conflict.path("current_version").asLong());
        JsonNode moved = refund(call(GET, Map.of("refund_id", id(filed))));
        assertEquals(version + 1, moved.path("refund_version").asLong());
        assertEquals("WAIT_SELLER_AGREE", moved.path("status").asText());
        assertEquals("CLOSED", refund(change(CANCEL, moved)).path("status").asText());
    }

    @Test
    void error2FailsTwiceChangingNothingThenFiles() throws Exception {
        for (int attempt = 1; attempt <= 2; attempt++) {
            JsonNode failed = error(call(APPLY, filing("item_error2", "out-e", "10.00", false)));
            assertEquals(7, failed.path("code").asInt(), failed.toString());
            assertEquals("isp.service-unavailable", failed.path("sub_code").asText());
            assertEquals(0, refundsOn("item_error2").size());
        }
        assertEquals("SUCCESS", apply("item_error2", "out-e", "10.00", false).path("status").asText());
        assertEquals(1, refundsOn("item_error2").size());
        assertEquals(3, requests("item_error2", APPLY));
    }

    @Test
    void timeout1AnswersTooLateButFilesTheRefundOnce() throws Exception {
        Map<String, String> business = filing("item_timeout1", "out-t", "10.00", false);
        assertThrows(HttpTimeoutException.class,
                () -> post(signed(APPLY, business, "standin", SECRET), Duration.ofMillis(500)));
        JsonNode retried = refund(answer(post(signed(APPLY, business, "standin", SECRET), PATIENCE)));
        assertEquals("SUCCESS", retried.path("status").asText());
        JsonNode filed = refundsOn("item_timeout1");
        assertEquals(1, filed.size(), filed.toString());
        assertEquals(id(retried), id(filed.get(0)));
        assertEquals(2, requests("item_timeout1", APPLY));
    }

    @Test
    void aSilentSellerIsDeemedToAgreeAfter48Hours() throws Exception {
        JsonNode filed = apply("item_silent", "out-s", "10.00", false);
        Instant now = Instant.parse(JSON.readTree(control("POST", "/_standin/clock?advance=PT47H").body())
                .path("now").asText());
        assertTrue(now.isAfter(Instant.now().plus(Duration.ofHours(46))), now.toString());
        assertEquals("WAIT_SELLER_AGREE", refund(call(GET, Map.of("refund_id", id(filed)))).path("status").asText());
        advance("PT1H1M");
        JsonNode agreed = refundsOn("item_silent").get(0);
        assertEquals("SUCCESS", agreed.path("status").asText(), agreed.toString());
        assertEquals(time(filed.path("created")).plusHours(48), time(agreed.path("modified")),
                "the clock applies at the instant it ran out");
    }

    @Test
    void aBuyerModificationStartsTheSellersClockAgain() throws Exception {
        JsonNode filed = apply("item_silent", "out-m", "100.00", false);
        advance("PT40H");
        JsonNode modified = refund(change(MODIFY, filed, "refund_fee", "90.00"));
        assertEquals("WAIT_SELLER_AGREE", modified.path("status").asText(), "a silent seller does not answer");
        assertEquals(time(modified.path("modified")).plusHours(48), time(modified.path("timeout")));
        advance("PT10H");
        assertEquals("WAIT_SELLER_AGREE", refundsOn("item_silent").get(0).path("status").asText());
        advance("PT39H");
        JsonNode agreed = refundsOn("item_silent").get(0);
        assertEquals("SUCCESS", agreed.path("status").asText());
        assertEquals("90.00", agreed.path("refund_fee").asText());
    }

    @Test
    void anUnshippedReturnClosesAfter7Days() throws Exception {
        JsonNode agreed = apply("item_agree", "out-u", "10.00", true);
        advance("P6D");
        assertEquals("WAIT_BUYER_RETURN_GOODS", refundsOn("item_agree").get(0).path("status").asText());
        advance("P1DT1M");
        JsonNode closed = refundsOn("item_agree").get(0);
        assertEquals("CLOSED", closed.path("status").asText(), closed.toString());
        assertEquals("BUYER_RETURN_TIMEOUT", closed.path("close_reason").asText());
        assertTrue(closed.path("timeout").isNull());
        assertEquals(agreed.path("refund_version").asLong() + 1, closed.path("refund_version").asLong());
    }

    @Test
    void clocksThatFallDueTogetherApplyInTimeOrder() throws Exception {
        JsonNode filed = apply("item_silent", "out-o", "10.00", true);
        advance("P9DT1M");
        JsonNode closed = refundsOn("item_silent").get(0);
        assertEquals("CLOSED", closed.path("status").asText(), "deemed agreed at 48 h, return not shipped 7 d later");
        assertEquals("BUYER_RETURN_TIMEOUT", closed.path("close_reason").asText());
        assertFalse(closed.path("address").asText().isBlank());
        assertEquals(time(filed.path("created")).plusDays(9), time(closed.path("modified")));
    }

    @Test
    void aShippedReturnNobodyConfirmsIsRefundedAfter10Days() throws Exception {
        JsonNode shipped = refund(change(SHIP, apply("item_agree", "out-w", "10.00", true),
                "company_name", "YTO", "sid", "YT100"));
        advance("P9D");
        assertEquals("WAIT_SELLER_CONFIRM_GOODS", refundsOn("item_agree").get(0).path("status").asText());
        advance("P1DT1M");
        JsonNode paid = refundsOn("item_agree").get(0);
        assertEquals("SUCCESS", paid.path("status").asText(), paid.toString());
        assertEquals(time(shipped.path("modified")).plusDays(10), time(paid.path("modified")));
    }

    @Test
    void aLateSellerAnswersAfterItsDelay() throws Exception {
        JsonNode refusedLater = apply("item_late_refuse", "out-l", "10.00", false);
        assertEquals("WAIT_SELLER_AGREE", refusedLater.path("status").asText());
        advance("PT3S");
        assertEquals("SELLER_REFUSE_BUYER", refundsOn("item_late_refuse").get(0).path("status").asText());

        standIn.close();
        standIn = MarketplaceStandIn.start(0, Options.defaults().withSellerAnswerDelay(Duration.ofMillis(300)));
        assertEquals("WAIT_SELLER_AGREE", apply("item_late", "out-l", "10.00", false).path("status").asText());
        // Reading the control endpoint does not apply clocks: the background tick must.
        awaitControl("/_standin/refunds?oid=item_late",
                seen -> seen.path("data").get(0).path("status").asText().equals("SUCCESS"));
    }

    @Test
    void aSellerWhoWantsTheGoodsBackWaitsForTheBuyerToAgree() throws Exception {
        JsonNode asked = apply("item_return", "out-g", "10.00", false);
        assertEquals("WAIT_SELLER_AGREE", asked.path("status").asText(), asked.toString());
        assertFalse(asked.path("seller_message").asText().isBlank());
        JsonNode returning = refund(change("taobao.refund.negotiatereturn.agree", asked,
                "sender_address", "上海市浦东新区 代购仓 1 号"));
        assertEquals("WAIT_BUYER_RETURN_GOODS", returning.path("status").asText(), returning.toString());
        assertTrue(returning.path("has_good_return").asBoolean());
        assertEquals("上海市浦东新区 代购仓 1 号", returning.path("sender_address").asText());
        assertFalse(returning.path("address").asText().isBlank());

        assertEquals("WAIT_BUYER_RETURN_GOODS",
                apply("item_return_b", "out-gb", "10.00", true).path("status").asText(), "agreed at once");
        JsonNode silent = apply("item_silent", "out-gs", "10.00", false);
        assertEquals("isv.refund-status-invalid", error(change("taobao.refund.negotiatereturn.agree", silent,
                "sender_address", "x")).path("sub_code").asText(), "nobody asked for the goods");
    }

    @Test
    void badParametersAreRefusedByName() throws Exception {
        JsonNode fee = error(call(APPLY, filing("item_p", "out-1", "128.5", false)));
        assertEquals("isv.invalid-parameter", fee.path("sub_code").asText(), fee.toString());
        assertEquals(15, fee.path("code").asInt());
        assertTrue(fee.path("sub_msg").asText().contains("refund_fee"), fee.toString());
        Map<String, String> noOid = filing("item_p", "out-2", "1.00", false);
        noOid.remove("oid");
        assertTrue(error(call(APPLY, noOid)).path("sub_msg").asText().contains("oid"));
        assertTrue(error(call(APPLY, Map.of("tid", "T", "oid", "item_p", "out_refund_id", "o", "refund_fee", "1.00",
                "reason", "r", "has_good_return", "yes"))).path("sub_msg").asText().contains("has_good_return"));
        Map<String, String> oldVersion = signed(GET, Map.of("refund_id", "RF1"), "standin", SECRET);
        oldVersion.put("v", "1.0");
        oldVersion.put("sign", MarketplaceSignature.sign(oldVersion, SECRET));
        assertTrue(error(answer(post(oldVersion, PATIENCE))).path("sub_msg").asText().startsWith("v:"));
        assertEquals("isv.refund-not-exist",
                error(call(GET, Map.of("refund_id", "RF000000000000"))).path("sub_code").asText());
        assertEquals(0, refundsOn("item_p").size());
    }

    @Test
    void pushesArriveSignedAndInOrderAfterARetry() throws Exception {
        Receiver receiver = receiver(1);
        standIn.close();
        standIn = MarketplaceStandIn.start(0, Options.defaults().withNotifyUrl(receiver.url()));
        JsonNode paid = apply("item_push", "out-push", "128.50", false);

        Push created = receiver.next();
        Push success = receiver.next();
        for (Push push : List.of(created, success)) {
            assertEquals(MarketplaceSignature.signBody(push.body(), SECRET), push.signature());
            assertEquals("application/json", push.contentType());
            assertEquals(id(paid), push.json().path("content").path("refund_id").asText());
            assertEquals("out-push", push.json().path("content").path("out_refund_id").asText());
            assertEquals("128.50", push.json().path("content").path("refund_fee").asText());
            assertNotNull(LocalDateTime.parse(push.json().path("pub_time").asText(), TAOBAO));
        }
        assertEquals("taobao_refund_RefundCreated", created.json().path("topic").asText());
        assertEquals("WAIT_SELLER_AGREE", created.json().path("content").path("status").asText());
        assertEquals("taobao_refund_RefundSuccess", success.json().path("topic").asText());
        assertEquals("SUCCESS", success.json().path("content").path("status").asText());
        assertEquals(paid.path("refund_version").asLong(),
                success.json().path("content").path("refund_version").asLong());
        assertEquals(paid.path("refund_version").asLong() - 1,
                created.json().path("content").path("refund_version").asLong());
        assertNotEquals(created.json().path("message_id"), success.json().path("message_id"));
        awaitControl("/_standin/pushes", seen -> seen.path("sent").asInt() == 2);
        assertEquals(3, receiver.attempts().get(), "the first attempt failed and was retried");
        assertEquals(0, JSON.readTree(control("GET", "/_standin/pushes").body()).path("failed").asInt());
    }

    @Test
    void pushesTurnedOffAreNotSent() throws Exception {
        Receiver receiver = receiver(0);
        standIn.close();
        standIn = MarketplaceStandIn.start(0, Options.defaults().withNotifyUrl(receiver.url()));
        control("POST", "/_standin/pushes?enabled=false");
        JsonNode filed = apply("item_silent", "out-off", "10.00", false);
        control("POST", "/_standin/pushes?enabled=true");
        change(CANCEL, filed);
        Push first = receiver.next();
        assertEquals("taobao_refund_RefundClosed", first.json().path("topic").asText(), "RefundCreated was not sent");
        assertEquals(filed.path("refund_version").asLong() + 1,
                first.json().path("content").path("refund_version").asLong());
    }

    @Test
    void aPushNobodyTakesIsTriedFourTimesThenDropped() throws Exception {
        Receiver receiver = receiver(Integer.MAX_VALUE);
        standIn.close();
        standIn = MarketplaceStandIn.start(0, Options.defaults().withNotifyUrl(receiver.url()));
        apply("item_down", "out-down", "10.00", false);
        JsonNode counts = awaitControl("/_standin/pushes", seen -> seen.path("failed").asInt() == 2);
        assertEquals(0, counts.path("sent").asInt());
        assertEquals(8, receiver.attempts().get(), "two pushes, each tried once and retried three times");
    }

    private JsonNode apply(String oid, String outRefundId, String fee, boolean goods) throws Exception {
        return refund(call(APPLY, filing(oid, outRefundId, fee, goods)));
    }

    private static Map<String, String> filing(String oid, String outRefundId, String fee, boolean goods) {
        Map<String, String> business = new LinkedHashMap<>();
        business.put("tid", "T" + Math.abs(oid.hashCode()));
        business.put("oid", oid);
        business.put("out_refund_id", outRefundId);
        business.put("refund_fee", fee);
        business.put("reason", "商品破损 / arrived broken");
        business.put("desc", "the lid is cracked");
        business.put("has_good_return", String.valueOf(goods));
        return business;
    }

    /** A change call on {@code refund} at its current version. */
    private JsonNode change(String method, JsonNode refund, String... nameValues) throws Exception {
        Map<String, String> business = new LinkedHashMap<>();
        business.put("refund_id", id(refund));
        business.put("refund_version", refund.path("refund_version").asText());
        for (int i = 0; i < nameValues.length; i += 2) {
            business.put(nameValues[i], nameValues[i + 1]);
        }
        return call(method, business);
    }

    private JsonNode call(String method, Map<String, String> business) throws Exception {
        return answer(post(signed(method, business, "standin", SECRET), PATIENCE));
    }

    private static Map<String, String> signed(String method, Map<String, String> business, String appKey,
            String secret) {
        Map<String, String> params = new LinkedHashMap<>(business);
        params.put("method", method);
        params.put("app_key", appKey);
        params.put("timestamp", TAOBAO.format(Instant.now().atZone(SHANGHAI)));
        params.put("v", "2.0");
        params.put("format", "json");
        params.put("sign_method", "hmac-sha256");
        params.put("sign", MarketplaceSignature.sign(params, secret));
        return params;
    }

    private HttpResponse<String> post(Map<String, String> params, Duration timeout) throws Exception {
        String form = params.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(standIn.url() + "/router/rest"))
                .header("Content-Type", "application/x-www-form-urlencoded;charset=utf-8")
                .timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode answer(HttpResponse<String> response) throws IOException {
        assertEquals(200, response.statusCode(), "the gateway always answers 200: " + response.body());
        return JSON.readTree(response.body());
    }

    private static JsonNode refund(JsonNode answer) {
        assertFalse(answer.has("error_response"), answer.toString());
        JsonNode refund = answer.elements().next().path("refund");
        assertTrue(refund.isObject(), answer.toString());
        return refund;
    }

    private static JsonNode error(JsonNode answer) {
        assertTrue(answer.has("error_response"), answer.toString());
        return answer.path("error_response");
    }

    private static String id(JsonNode refund) {
        return refund.path("refund_id").asText();
    }

    private static LocalDateTime time(JsonNode taobaoTime) {
        return LocalDateTime.parse(taobaoTime.asText(), TAOBAO);
    }

    private HttpResponse<String> control(String method, String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(standIn.url() + pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(PATIENCE)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private void advance(String duration) throws Exception {
        assertEquals(200, control("POST", "/_standin/clock?advance=" + duration).statusCode());
    }

    private JsonNode refundsOn(String oid) throws Exception {
        return JSON.readTree(control("GET", "/_standin/refunds?oid=" + oid).body()).path("data");
    }

    private int requests(String oid, String method) throws Exception {
        String query = "/_standin/requests?oid=" + oid + (method == null ? "" : "&method=" + method);
        return JSON.readTree(control("GET", query).body()).path("count").asInt();
    }

    /** Polls a control endpoint until {@code done}, for at most {@link #PATIENCE}. */
    private JsonNode awaitControl(String pathAndQuery, Predicate<JsonNode> done) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            JsonNode seen = JSON.readTree(control("GET", pathAndQuery).body());
            if (done.test(seen)) {
                return seen;
            }
            assertTrue(System.nanoTime() < deadline, "gave up waiting on " + pathAndQuery + ": " + seen);
            TimeUnit.MILLISECONDS.sleep(20); // the pause between two polls of a bounded wait
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Receiver receiver(int failFirst) throws IOException {
        Receiver receiver = new Receiver(failFirst);
        receivers.add(receiver.server);
        return receiver;
    }

    /** One push as the notify URL received it. */
    private record Push(byte[] body, String signature, String contentType) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException notJson) {
                throw new AssertionError("a push that is not JSON: " + new String(body, StandardCharsets.UTF_8));
            }
        }
    }

    /** A tiny notify URL that answers 503 to its first {@code failFirst} attempts and keeps the rest. */
    private static final class Receiver {

        private final BlockingQueue<Push> pushes = new LinkedBlockingQueue<>();
        private final AtomicInteger attempts = new AtomicInteger();
        private final HttpServer server;

        Receiver(int failFirst) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/tmc", exchange -> {
                try (exchange) {
                    byte[] body = exchange.getRequestBody().readAllBytes();
                    if (attempts.incrementAndGet() <= failFirst) {
                        exchange.sendResponseHeaders(503, -1);
                        return;
                    }
                    pushes.add(new Push(body, exchange.getRequestHeaders().getFirst("X-Marketplace-Signature"),
                            exchange.getRequestHeaders().getFirst("Content-Type")));
                    exchange.sendResponseHeaders(200, -1);
                }
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/tmc";
        }

        AtomicInteger attempts() {
            return attempts;
        }

        Push next() throws InterruptedException {
            Push push = pushes.poll(5, TimeUnit.SECONDS);
            assertNotNull(push, "no push within 5 s");
            return push;
        }
    }
}
