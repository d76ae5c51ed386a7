package io.refunds.order.timeline;

/**
 * The words of a replacement's lines for each reader: where the new item is awaited and by when, that its arrival
 * closed the case (the item may be claimed again), or that it did not come and the agents decide a refund. Pure.
 */
final class ReplacementText {

    private static final String AT_WAREHOUSE = "STOCKED_IN";

    private ReplacementText() {
    }

    static String render(TimelineCode code, TimelineParams p, Audience reader) {
        boolean warehouse = AT_WAREHOUSE.equals(p.party());
        return switch (code) {
            case REPLACEMENT_AWAITED -> awaited(warehouse, reader) + TimelineText.at(p.deadline());
            case REPLACEMENT_ARRIVED -> (warehouse ? "The replacement is at the agent's warehouse"
                    : "The replacement was delivered") + (reader == Audience.BUYER
                            ? "; this case is closed, and you may report a problem with it as with any item"
                            : "; the case is closed");
            case REPLACEMENT_OVERDUE -> "The replacement did not arrive by " + TimelineText.at(p.deadline())
                    + switch (reader) {
                        case BUYER -> "; a support agent will decide a refund instead";
                        case SELLER -> "; a support agent will decide the case";
                        case STAFF -> "; the case is back in the agents' queue";
                    };
            default -> throw new IllegalArgumentException("not a replacement line: " + code);
        };
    }

    private static String awaited(boolean warehouse, Audience reader) {
        return switch (reader) {
            case BUYER -> warehouse ? "A replacement is on its way to the agent's warehouse; awaited there by "
                    : "A replacement is on its way to you; awaited by ";
            case SELLER -> warehouse ? "Send the replacement to the agent's warehouse; it must be there by "
                    : "Send the replacement; it must reach the buyer by ";
            case STAFF -> warehouse ? "A replacement is awaited at the warehouse by "
                    : "A replacement is awaited at the buyer by ";
        };
    }
}
