package io.refunds.order.order;

import io.refunds.events.Money;
import io.refunds.platform.api.LineKind;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.text.MoneyText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules of an item's cost lines, pure: in the currency the buyer paid in (CNY costs also in CNY), one line per
 * kind, an ITEM line always; at registration the lines add up to what was paid (none given: one ITEM line of it);
 * lines registered later (the parcel's shipping, its insurance) add to what the item cost the buyer; a kind
 * registered again with the same amounts changes nothing, with others it is a 409.
 */
public final class ItemCosts {

    private ItemCosts() {
    }

    /** The lines of a newly registered item; {@code field} names the item's lines in refusals. */
    public static List<ItemCostLine> atRegistration(OrderItem item, List<OrderRequests.CostLineInput> inputs,
            String field, Instant now) {
        if (inputs == null || inputs.isEmpty()) {
            return List.of(ItemCostLine.of(item, LineKind.ITEM, item.paid(), item.sellerPriceCny(), now));
        }
        Map<LineKind, ItemCostLine> lines = lines(item, inputs, field, now);
        if (!lines.containsKey(LineKind.ITEM)) {
            throw ApiException.invalid(field, "must have an ITEM line");
        }
        long sum = 0;
        for (ItemCostLine line : lines.values()) {
            sum = Math.addExact(sum, line.amountMinor);
        }
        if (sum != item.paidMinor) {
            throw ApiException.invalid(field, "must add up to what was paid, " + MoneyText.format(item.paid())
                    + ", not " + MoneyText.format(Money.of(sum, item.paidCurrency)));
        }
        return List.copyOf(lines.values());
    }

    /**
     * The lines among {@code inputs} the item does not have yet; what the item cost the buyer grows by them. A kind
     * it has with other amounts is refused.
     */
    public static List<ItemCostLine> add(OrderItem item, List<ItemCostLine> existing,
            List<OrderRequests.CostLineInput> inputs, Instant now) {
        Map<LineKind, ItemCostLine> registered = new EnumMap<>(LineKind.class);
        existing.forEach(line -> registered.put(line.kind, line));
        List<ItemCostLine> added = new ArrayList<>();
        long paid = item.paidMinor;
        for (ItemCostLine line : lines(item, inputs, "lines", now).values()) {
            ItemCostLine known = registered.get(line.kind);
            if (known == null) {
                paid = Math.addExact(paid, line.amountMinor);
                added.add(line);
            } else if (known.amountMinor != line.amountMinor
                    || line.cnyMinor != null && !Objects.equals(known.cnyMinor, line.cnyMinor)) {
                throw ApiException.refusedBy(409, "COST_LINE_REGISTERED", "lines", "the item's " + line.kind
                        + " line is already registered as " + MoneyText.format(known.amount()));
            }
        }
        if (paid > io.refunds.platform.api.MoneyInput.MAX_MINOR_UNITS) {
            throw ApiException.invalid("lines", "must not take what the item cost beyond "
                    + io.refunds.platform.api.MoneyInput.MAX_MINOR_UNITS + " minor units");
        }
        item.paidMinor = paid;
        return added;
    }

    private static Map<LineKind, ItemCostLine> lines(OrderItem item, List<OrderRequests.CostLineInput> inputs,
            String field, Instant now) {
        Map<LineKind, ItemCostLine> lines = new EnumMap<>(LineKind.class);
        for (int i = 0; i < inputs.size(); i++) {
            OrderRequests.CostLineInput input = inputs.get(i);
            String at = field + "[" + i + "]";
            if (!input.amount().currency().equals(item.paidCurrency)) {
                throw ApiException.invalid(at + ".amount.currency", "must be " + item.paidCurrency
                        + ", the currency the buyer paid in");
            }
            if (input.cny() != null && !"CNY".equals(input.cny().currency())) {
                throw ApiException.invalid(at + ".cny.currency", "must be CNY");
            }
            Money cny = input.cny() != null ? input.cny().toMoney()
                    : input.kind() == LineKind.ITEM ? item.sellerPriceCny() : null;
            if (lines.put(input.kind(), ItemCostLine.of(item, input.kind(), input.amount().toMoney(), cny, now))
                    != null) {
                throw ApiException.invalid(at + ".kind", "must appear once among the lines");
            }
        }
        return lines;
    }
}
