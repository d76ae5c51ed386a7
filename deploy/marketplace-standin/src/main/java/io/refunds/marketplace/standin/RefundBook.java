package io.refunds.marketplace.standin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/** The marketplace's state and rules: refunds, the seller's answers, the clocks, the pushes, the calls per oid. */
final class RefundBook {

    static final String APPLY = "taobao.refund.apply";
    static final String GET = "taobao.refund.get";
    static final String FIND = "taobao.refunds.apply.get";
    static final String MODIFY = "taobao.refund.modify";
    static final String NEGOTIATE_RETURN = "taobao.refund.negotiatereturn.agree";
    static final String SHIP = "taobao.refund.returngoods.ship";
    static final String CANCEL = "taobao.refund.cancel";
    static final Set<String> METHODS = Set.of(APPLY, GET, FIND, MODIFY, NEGOTIATE_RETURN, SHIP, CANCEL);
    private static final Set<String> CHANGES = Set.of(MODIFY, NEGOTIATE_RETURN, SHIP, CANCEL);

    static final String SELLER_ADDRESS = "浙江省杭州市余杭区文一西路969号 淘宝城退货仓 退货组(收) 0571-85022088";
    static final String REFUSE_REASON = "买家举证无效 / the buyer's evidence does not prove the defect";
    private static final String GOODS_BACK = "请先退回商品 / please send the goods back first";

    private final MarketplaceStandIn.Options options;
    private final VirtualClock clock;
    private final Pusher pusher;
    private final String proofUrl;
    private final Map<String, Refund> refunds = new LinkedHashMap<>();
    private final Map<String, Refund> byOutRefundId = new HashMap<>();
    private final Map<String, Map<String, Integer>> requests = new HashMap<>();
    private final Map<String, Integer> workCalls = new HashMap<>();
    private final Map<String, Integer> changeCalls = new HashMap<>();
    private long lastRefundNumber = ThreadLocalRandom.current().nextLong(100_000_000_000L, 500_000_000_000L);

    RefundBook(MarketplaceStandIn.Options options, VirtualClock clock, Pusher pusher, String standInUrl) {
        this.options = options;
        this.clock = clock;
        this.pusher = pusher;
        this.proofUrl = standInUrl + "/_standin/proof/";
    }

    /** Answers one checked gateway call, applying due clocks before and after it. */
    synchronized GatewayAnswer call(GatewayCall call) {
        Instant now = clock.now();
        applyDueClocks(now);
        String method = call.method();
        Map<String, String> form = call.params();
        boolean slow = false;
        try {
            String oid = oidOf(method, form);
            SellerBehaviour seller = SellerBehaviour.of(oid);
            if (oid != null) {
                int request = count(oid, method);
                if (request <= seller.errors()) {
                    throw GatewayException.serviceUnavailable(request);
                }
            }
            if (method.equals(APPLY) || CHANGES.contains(method)) {
                slow = workCalls.merge(oid, 1, Integer::sum) <= seller.timeouts();
            }
            Supplier<Map<String, Object>> response = switch (method) {
                case APPLY -> single(apply(form, seller, now));
                case GET -> single(existing(form));
                case FIND -> listed(find(form));
                default -> single(change(method, form, seller, now));
            };
            applyDueClocks(now);
            return new GatewayAnswer(Map.of(responseName(method), response.get()), slow);
        } catch (GatewayException refused) {
            return new GatewayAnswer(refused.body(), slow);
        }
    }

    /** Moves the virtual clock on and applies what fell due meanwhile. */
    synchronized Instant advance(Duration by) {
        clock.advance(by);
        Instant now = clock.now();
        applyDueClocks(now);
        return now;
    }

    /** The background tick. */
    synchronized void tick() {
        applyDueClocks(clock.now());
    }

    /** The seller confirms a received return: the refund is paid. */
    synchronized Map<String, Object> confirmGoods(String refundId) {
        Instant now = clock.now();
        applyDueClocks(now);
        Refund refund = refundNamed(refundId);
        requireStatus(refund, "confirm the goods", RefundStatus.WAIT_SELLER_CONFIRM_GOODS);
        succeed(refund, now);
        return refund.json(options);
    }

    /** The seller refuses now, with its proof. */
    synchronized Map<String, Object> refuse(String refundId) {
        Instant now = clock.now();
        applyDueClocks(now);
        Refund refund = refundNamed(refundId);
        requireStatus(refund, "refuse", RefundStatus.WAIT_SELLER_AGREE, RefundStatus.WAIT_SELLER_CONFIRM_GOODS);
        sellerRefuses(refund, now);
        return refund.json(options);
    }

    synchronized List<Map<String, Object>> refundsOf(String oid) {
        List<Map<String, Object>> found = new ArrayList<>();
        refunds.values().stream()
                .filter(refund -> oid == null || oid.equals(refund.oid()))
                .forEach(refund -> found.add(refund.json(options)));
        return found;
    }

    synchronized int requestsFor(String oid, String method) {
        Map<String, Integer> byMethod = requests.getOrDefault(oid, Map.of());
        return method == null
                ? byMethod.values().stream().mapToInt(Integer::intValue).sum()
                : byMethod.getOrDefault(method, 0);
    }

    private String oidOf(String method, Map<String, String> form) {
        switch (method) {
            case APPLY -> {
                Refund earlier = byOutRefundId.get(required(form, "out_refund_id"));
                return earlier != null ? earlier.oid() : required(form, "oid");
            }
            case FIND -> {
                String outRefundId = form.get("out_refund_id");
                if (outRefundId == null && form.get("oid") == null) {
                    throw GatewayException.invalidParameter("out_refund_id", "give out_refund_id or oid");
                }
                Refund found = outRefundId == null ? null : byOutRefundId.get(outRefundId);
                return found != null ? found.oid() : form.get("oid");
            }
            default -> {
                return existing(form).oid();
            }
        }
    }

    private int count(String oid, String method) {
        requests.computeIfAbsent(oid, any -> new HashMap<>()).merge(method, 1, Integer::sum);
        return requestsFor(oid, null);
    }

    private Refund apply(Map<String, String> form, SellerBehaviour seller, Instant now) {
        Refund earlier = byOutRefundId.get(form.get("out_refund_id"));
        if (earlier != null) {
            return earlier;
        }
        for (String name : List.of("tid", "oid", "reason")) {
            required(form, name);
        }
        long fee = Yuan.parse(required(form, "refund_fee"), "refund_fee");
        boolean goodsReturn = bool(form, "has_good_return");
        String oid = form.get("oid");
        for (Refund other : refunds.values()) {
            if (other.oid().equals(oid) && !other.status().ended()) {
                throw GatewayException.refundAlreadyExists(oid, other.refundId());
            }
        }
        Refund refund = new Refund(String.format("RF%012d", ++lastRefundNumber), form, fee, goodsReturn, now);
        refunds.put(refund.refundId(), refund);
        byOutRefundId.put(refund.outRefundId(), refund);
        pusher.publish(RefundEvent.CREATED, refund.pushContent(), now);
        if (seller.late()) {
            refund.sellerAnswersAt(now.plus(options.sellerAnswerDelay()));
        } else {
            sellerAnswers(refund, seller, now);
        }
        return refund;
    }

    private List<Refund> find(Map<String, String> form) {
        String outRefundId = form.get("out_refund_id");
        String oid = form.get("oid");
        return refunds.values().stream()
                .filter(refund -> outRefundId == null || outRefundId.equals(refund.outRefundId()))
                .filter(refund -> oid == null || oid.equals(refund.oid()))
                .toList();
    }

    private Refund change(String method, Map<String, String> form, SellerBehaviour seller, Instant now) {
        Refund refund = existing(form);
        if (changeCalls.merge(refund.oid(), 1, Integer::sum) <= seller.conflicts()) {
            // The seller has just left a message: the version moved on under the caller.
            changed(refund, RefundEvent.MESSAGE, now);
            throw GatewayException.versionConflict(refund.version());
        }
        long version = number(form, "refund_version");
        if (version != refund.version()) {
            throw GatewayException.versionConflict(refund.version());
        }
        switch (method) {
            case MODIFY -> modify(refund, Yuan.parse(required(form, "refund_fee"), "refund_fee"), seller, now);
            case NEGOTIATE_RETURN -> negotiateReturn(refund, required(form, "sender_address"), now);
            case SHIP -> ship(refund, required(form, "company_name"), required(form, "sid"),
                    form.get("sender_address"), now);
            case CANCEL -> cancel(refund, now);
            default -> throw new IllegalArgumentException(method);
        }
        return refund;
    }

    private void modify(Refund refund, long fee, SellerBehaviour seller, Instant now) {
        requireStatus(refund, "modify", RefundStatus.WAIT_SELLER_AGREE);
        if (fee > refund.fee()) {
            throw GatewayException.invalidParameter("refund_fee",
                    "may not be more than the refund's " + Yuan.format(refund.fee()));
        }
        refund.feeModified(fee, now);
        changed(refund, RefundEvent.BUYER_MODIFY, now);
        boolean aboveOffer = refund.offer() != null && fee > refund.offer();
        if (seller.answer() != SellerBehaviour.Answer.SILENT && !aboveOffer) {
            sellerAgrees(refund, now);
        }
    }

    private void negotiateReturn(Refund refund, String senderAddress, Instant now) {
        requireStatus(refund, "agree to send the goods back", RefundStatus.WAIT_SELLER_AGREE);
        if (!refund.goodsAsked()) {
            throw GatewayException.statusInvalid("the seller has not asked for the goods back");
        }
        refund.senderAddress(senderAddress);
        refund.sellerAnswered();
        refund.awaitReturn(SELLER_ADDRESS, now);
        changed(refund, RefundEvent.BUYER_MODIFY, now);
    }

    private void ship(Refund refund, String companyName, String sid, String senderAddress, Instant now) {
        requireStatus(refund, "ship the return", RefundStatus.WAIT_BUYER_RETURN_GOODS);
        refund.returnShipped(companyName, sid, senderAddress, now);
        changed(refund, RefundEvent.BUYER_RETURN_GOODS, now);
    }

    private void cancel(Refund refund, Instant now) {
        requireStatus(refund, "cancel", RefundStatus.WAIT_SELLER_AGREE, RefundStatus.WAIT_BUYER_RETURN_GOODS,
                RefundStatus.WAIT_SELLER_CONFIRM_GOODS, RefundStatus.SELLER_REFUSE_BUYER);
        refund.closed("BUYER_CANCELLED");
        changed(refund, RefundEvent.CLOSED, now);
    }

    private void sellerAnswers(Refund refund, SellerBehaviour seller, Instant at) {
        switch (seller.answer()) {
            case AGREE -> sellerAgrees(refund, at);
            case REFUSE -> sellerRefuses(refund, at);
            case PARTIAL -> {
                long half = refund.fee() / 2;
                refund.offered(half, "卖家同意部分退款 " + Yuan.format(half) + " 元 / the seller offers a partial refund of "
                        + Yuan.format(half) + " yuan");
                changed(refund, RefundEvent.MESSAGE, at);
            }
            case RETURN -> {
                if (refund.goodsReturn()) {
                    sellerAgrees(refund, at);
                } else {
                    refund.goodsAskedFor(GOODS_BACK);
                    changed(refund, RefundEvent.MESSAGE, at);
                }
            }
            case SILENT -> {
                // The seller never answers; only the marketplace's clock decides.
            }
            default -> throw new IllegalArgumentException(seller.answer().name());
        }
    }

    private void sellerAgrees(Refund refund, Instant at) {
        refund.sellerAnswered();
        if (refund.goodsReturn()) {
            refund.awaitReturn(SELLER_ADDRESS, at);
            changed(refund, RefundEvent.SELLER_AGREE, at);
        } else {
            succeed(refund, at);
        }
    }

    private void sellerRefuses(Refund refund, Instant at) {
        refund.sellerAnswered();
        refund.refused(REFUSE_REASON, proofUrl + refund.refundId() + ".jpg");
        changed(refund, RefundEvent.SELLER_REFUSE, at);
    }

    private void succeed(Refund refund, Instant at) {
        refund.succeeded();
        changed(refund, RefundEvent.SUCCESS, at);
    }

    private void changed(Refund refund, RefundEvent event, Instant at) {
        refund.moved(at);
        pusher.publish(event, refund.pushContent(), at);
    }

    /** Applies every clock due by {@code now}, earliest first, each at the instant it fell due. */
    private void applyDueClocks(Instant now) {
        while (true) {
            Refund next = null;
            Instant nextDue = null;
            for (Refund refund : refunds.values()) {
                Instant due = dueOf(refund);
                if (due != null && !due.isAfter(now) && (nextDue == null || due.isBefore(nextDue))) {
                    next = refund;
                    nextDue = due;
                }
            }
            if (next == null) {
                return;
            }
            fire(next, nextDue);
        }
    }

    private Instant dueOf(Refund refund) {
        Instant timeout = refund.timeout(options);
        Instant answer = refund.status() == RefundStatus.WAIT_SELLER_AGREE ? refund.sellerAnswerDue() : null;
        return answer != null && (timeout == null || !answer.isAfter(timeout)) ? answer : timeout;
    }

    private void fire(Refund refund, Instant due) {
        Instant answer = refund.sellerAnswerDue();
        if (refund.status() == RefundStatus.WAIT_SELLER_AGREE && answer != null && !answer.isAfter(due)) {
            refund.sellerAnswered();
            sellerAnswers(refund, SellerBehaviour.of(refund.oid()), due);
            return;
        }
        switch (refund.status()) {
            case WAIT_SELLER_AGREE -> sellerAgrees(refund, due);
            case WAIT_BUYER_RETURN_GOODS -> {
                refund.closed("BUYER_RETURN_TIMEOUT");
                changed(refund, RefundEvent.CLOSED, due);
            }
            case WAIT_SELLER_CONFIRM_GOODS -> succeed(refund, due);
            default -> throw new IllegalStateException("no clock runs in " + refund.status());
        }
    }

    private Refund existing(Map<String, String> form) {
        return refundNamed(required(form, "refund_id"));
    }

    private Refund refundNamed(String refundId) {
        Refund refund = refunds.get(refundId);
        if (refund == null) {
            throw GatewayException.refundNotExist(refundId);
        }
        return refund;
    }

    private static void requireStatus(Refund refund, String change, RefundStatus... allowed) {
        for (RefundStatus status : allowed) {
            if (refund.status() == status) {
                return;
            }
        }
        throw GatewayException.statusInvalid("cannot " + change + " a refund in " + refund.status());
    }

    /** A response naming one refund, rendered when asked (after the clocks that fell due meanwhile). */
    private Supplier<Map<String, Object>> single(Refund refund) {
        return () -> Map.of("refund", refund.json(options));
    }

    private Supplier<Map<String, Object>> listed(List<Refund> found) {
        return () -> Map.of("total_results", found.size(),
                "refunds", Map.of("refund", found.stream().map(refund -> refund.json(options)).toList()));
    }

    private static String responseName(String method) {
        return method.substring("taobao.".length()).replace('.', '_') + "_response";
    }

    private static String required(Map<String, String> form, String name) {
        String value = form.get(name);
        if (value == null || value.isBlank()) {
            throw GatewayException.missing(name);
        }
        return value;
    }

    private static boolean bool(Map<String, String> form, String name) {
        String value = required(form, name);
        if (!value.equals("true") && !value.equals("false")) {
            throw GatewayException.invalidParameter(name, "must be true or false, not '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    private static long number(Map<String, String> form, String name) {
        String value = required(form, name);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notANumber) {
            throw GatewayException.invalidParameter(name, "must be a whole number, not '" + value + "'");
        }
    }
}
