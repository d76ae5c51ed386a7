package io.refunds.order.order;

import io.refunds.events.Money;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.text.Moments;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The rules of an item's journey, pure: a step moves the item forward (a later step may come without the ones
 * between, when the platform learns of it first), the same step again with the same details changes nothing, an
 * earlier step or other details for a recorded step are a 409 naming where the item is, each step records what it
 * needs, and an item with an open warehouse-stage case is not shipped abroad.
 */
public final class ItemJourney {

    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private ItemJourney() {
    }

    /**
     * Records {@code request} on {@code item}; true when the item changed, false for a repeat.
     *
     * @param openWarehouseClaim whether the item has an open warehouse-stage case (asked only for SHIPPED_ABROAD)
     */
    public static boolean record(OrderItem item, OrderRequests.RecordJourneyStep request, boolean openWarehouseClaim,
            Instant now) {
        return record(item, request, openWarehouseClaim, now, "at");
    }

    /** A step's time (or a receipt's) may run ahead of {@code now} by the clocks' skew, never more. */
    public static void requireNotInTheFuture(Instant at, Instant now, String field) {
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw ApiException.invalid(field, "must not be in the future");
        }
    }

    /** As {@link #record(OrderItem, OrderRequests.RecordJourneyStep, boolean, Instant)}, naming the time field. */
    static boolean record(OrderItem item, OrderRequests.RecordJourneyStep request, boolean openWarehouseClaim,
            Instant now, String atField) {
        JourneyStep step = request.step();
        Instant at = (request.at() == null ? now : request.at()).truncatedTo(ChronoUnit.MICROS);
        requireNotInTheFuture(at, now, atField);
        requireOnlyTheStepsDetails(request);
        if (item.journeyStep == step) {
            requireSameDetails(item, request);
            return false;
        }
        if (item.journeyStep.isAfter(step)) {
            throw ApiException.refusedBy(409, "JOURNEY_STEP_OUT_OF_ORDER", "step", "the item is already "
                    + item.journeyStep + (stepTime(item) == null ? "" : " (since " + Moments.format(stepTime(item))
                    + ")") + "; its journey only moves forward");
        }
        Instant previous = stepTime(item);
        if (previous != null && at.isBefore(previous)) {
            throw ApiException.invalid(atField, "must not be before the item was " + item.journeyStep + " at "
                    + Moments.format(previous));
        }
        switch (step) {
            case PURCHASED -> throw new IllegalStateException("every item starts PURCHASED");
            case SELLER_SHIPPED -> {
                item.domesticTracking = required(request.tracking(), "tracking", step);
                item.domesticCarrier = request.carrier();
                item.sellerShippedAt = at;
            }
            case STOCKED_IN -> {
                item.weightGrams = required(request.weightGrams(), "weightGrams", step);
                item.stockedInAt = at;
            }
            case SHIPPED_ABROAD -> {
                if (openWarehouseClaim) {
                    throw ApiException.refusedBy(409, "WAREHOUSE_CLAIM_OPEN", "step", "the item has an open"
                            + " warehouse-stage case: it stays at the warehouse until the case is closed");
                }
                item.parcelId = required(request.parcelId(), "parcelId", step);
                item.parcelCarrier = required(request.carrier(), "carrier", step);
                item.parcelTracking = required(request.tracking(), "tracking", step);
                if (request.insuredValue() != null) {
                    Money insured = request.insuredValue().toMoney();
                    if (!insured.currency().equals(item.paidCurrency)) {
                        throw ApiException.invalid("insuredValue.currency", "must be " + item.paidCurrency
                                + ", the currency the buyer paid in");
                    }
                    item.insuredMinor = insured.minorUnits();
                    item.insuredCurrency = insured.currency();
                }
                item.shippedAbroadAt = at;
            }
            case DELIVERED -> item.receivedAt = at;
        }
        item.journeyStep = step;
        return true;
    }

    /** When the item reached its current step, or null when that was not recorded (PURCHASED). */
    public static Instant stepTime(OrderItem item) {
        return switch (item.journeyStep) {
            case PURCHASED -> null;
            case SELLER_SHIPPED -> item.sellerShippedAt;
            case STOCKED_IN -> item.stockedInAt;
            case SHIPPED_ABROAD -> item.shippedAbroadAt;
            case DELIVERED -> item.receivedAt;
        };
    }

    private static void requireOnlyTheStepsDetails(OrderRequests.RecordJourneyStep request) {
        JourneyStep step = request.step();
        if (request.carrier() != null && step != JourneyStep.SELLER_SHIPPED && step != JourneyStep.SHIPPED_ABROAD) {
            throw ApiException.invalid("carrier", "is recorded only with SELLER_SHIPPED or SHIPPED_ABROAD");
        }
        if (request.tracking() != null && step != JourneyStep.SELLER_SHIPPED && step != JourneyStep.SHIPPED_ABROAD) {
            throw ApiException.invalid("tracking", "is recorded only with SELLER_SHIPPED or SHIPPED_ABROAD");
        }
        if (request.weightGrams() != null && step != JourneyStep.STOCKED_IN) {
            throw ApiException.invalid("weightGrams", "is recorded only with STOCKED_IN");
        }
        if (request.parcelId() != null && step != JourneyStep.SHIPPED_ABROAD) {
            throw ApiException.invalid("parcelId", "is recorded only with SHIPPED_ABROAD");
        }
        if (request.insuredValue() != null && step != JourneyStep.SHIPPED_ABROAD) {
            throw ApiException.invalid("insuredValue", "is recorded only with SHIPPED_ABROAD");
        }
        if (step == JourneyStep.PURCHASED) {
            throw ApiException.invalid("step", "must be a step after PURCHASED, where every item starts");
        }
    }

    /** A repeat may leave details out; the details it gives must be the recorded ones. */
    private static void requireSameDetails(OrderItem item, OrderRequests.RecordJourneyStep request) {
        Instant at = request.at() == null ? null : request.at().truncatedTo(ChronoUnit.MICROS);
        boolean same = switch (item.journeyStep) {
            case PURCHASED -> true;
            case SELLER_SHIPPED -> given(at, item.sellerShippedAt) && given(request.tracking(), item.domesticTracking)
                    && given(request.carrier(), item.domesticCarrier);
            case STOCKED_IN -> given(at, item.stockedInAt) && given(request.weightGrams(), item.weightGrams);
            case SHIPPED_ABROAD -> given(at, item.shippedAbroadAt) && given(request.parcelId(), item.parcelId)
                    && given(request.carrier(), item.parcelCarrier) && given(request.tracking(), item.parcelTracking)
                    && (request.insuredValue() == null || Objects.equals(request.insuredValue().minorUnits(),
                            item.insuredMinor) && request.insuredValue().currency().equals(item.insuredCurrency));
            case DELIVERED -> given(at, item.receivedAt);
        };
        if (!same) {
            throw ApiException.refusedBy(409, "JOURNEY_STEP_RECORDED", "step", "the item was already "
                    + item.journeyStep + (stepTime(item) == null ? "" : " at " + Moments.format(stepTime(item)))
                    + " with other details; a step is recorded once");
        }
    }

    private static boolean given(Object requested, Object recorded) {
        return requested == null || requested.equals(recorded);
    }

    private static <T> T required(T value, String field, JourneyStep step) {
        if (value == null) {
            throw ApiException.invalid(field, "is required with " + step);
        }
        return value;
    }
}
