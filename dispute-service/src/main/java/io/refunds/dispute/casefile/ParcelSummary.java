package io.refunds.dispute.casefile;

import io.refunds.events.ParcelClaim;
import io.refunds.platform.text.MoneyText;
import io.refunds.platform.text.Moments;
import java.util.stream.Collectors;

/** The first line of a parcel claim's case file: the parcel, its tracking, what the carrier said, its items. Pure. */
final class ParcelSummary {

    private ParcelSummary() {
    }

    static String of(String reason, ParcelClaim parcel) {
        String lastScan = parcel.lastScanAt() == null ? "no carrier scan since it was shipped"
                : "last scanned " + Moments.format(parcel.lastScanAt())
                        + (parcel.lastScanLocation() == null ? "" : " at " + parcel.lastScanLocation());
        return "The buyer claims parcel " + parcel.parcelId() + " as " + reason + " (" + text(parcel.carrier())
                + " " + text(parcel.tracking()) + ", shipped " + Moments.format(parcel.shippedAt())
                + (parcel.deliveredAt() == null ? "" : ", delivered " + Moments.format(parcel.deliveredAt()))
                + "; " + lastScan + (parcel.carrierDeclaredLost() ? "; the carrier declared it lost" : "")
                + "). Items: " + parcel.items().stream().map(item -> item.itemId() + " of " + item.orderId()
                        + " (paid " + MoneyText.format(item.paid()) + ", " + (item.insured() == null ? "not insured"
                                : "insured for " + MoneyText.format(item.insured())) + ")")
                        .collect(Collectors.joining(", "));
    }

    private static String text(String value) {
        return value == null ? "?" : value;
    }
}
