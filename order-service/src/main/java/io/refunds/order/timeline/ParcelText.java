package io.refunds.order.timeline;

/**
 * The words of a parcel claim's lines for each reader: what was claimed on which parcel and what the item is owed
 * (an agent decides, the seller is not asked), and that a parcel claimed lost was found and what is owed back. Pure.
 */
final class ParcelText {

    private ParcelText() {
    }

    static String render(TimelineCode code, TimelineParams p, Audience reader) {
        return switch (code) {
            case PARCEL_CLAIMED -> switch (reader) {
                case BUYER -> "You claimed parcel " + p.party() + " as " + TimelineText.words(p.reason())
                        + "; this item is owed " + TimelineText.money(p.amount())
                        + " if a support agent agrees — the seller is not asked";
                case SELLER -> "The buyer claimed the parcel your item travelled in as "
                        + TimelineText.words(p.reason()) + " with the carrier; nothing is asked of you";
                case STAFF -> "The buyer claimed parcel " + p.party() + " as " + TimelineText.words(p.reason())
                        + ": this item is owed " + TimelineText.money(p.amount()) + "; an agent decides";
            };
            case PARCEL_FOUND -> "The carrier scanned parcel " + p.party()
                    + (p.cause() == null ? "" : " at " + p.cause()) + " on " + TimelineText.at(p.deadline())
                    + ": it was found" + found(p, reader);
            default -> throw new IllegalArgumentException("not a parcel line: " + code);
        };
    }

    private static String found(TimelineParams p, Audience reader) {
        boolean refunded = p.amount() != null && p.amount().minorUnits() > 0;
        if (!refunded) {
            return reader == Audience.SELLER ? "" : "; nothing was refunded for it yet, and the agents are told";
        }
        return switch (reader) {
            case BUYER -> "; the " + TimelineText.money(p.amount()) + " refunded for it is owed back and shown in"
                    + " your wallet (nothing is taken from your balance without you)";
            case SELLER -> "";
            case STAFF -> "; the buyer owes back the " + TimelineText.money(p.amount()) + " refunded for it";
        };
    }
}
