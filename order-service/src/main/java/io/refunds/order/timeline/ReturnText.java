package io.refunds.order.timeline;

/**
 * The words of a return's lines for each reader: what is awaited from whom and by when (send by…, at the warehouse
 * since…, inspected…), and what it means for the refund. Pure.
 */
final class ReturnText {

    private static final String TO_SELLER = "WAREHOUSE_TO_SELLER";

    private ReturnText() {
    }

    static String render(TimelineCode code, TimelineParams p, Audience reader) {
        return switch (code) {
            case RETURN_OPENED -> opened(p, reader);
            case RETURN_NOT_REQUIRED -> (reader == Audience.BUYER ? "You keep the item" : "The buyer keeps the item")
                    + (p.rationale() == null ? "" : " (" + p.rationale() + ")")
                    + ": no return is needed and the refund waits for nothing";
            case RETURN_SHIPPED -> sender(p, reader) + " sent the return with " + p.tracking() + " to "
                    + destination(p, reader) + "; awaited: the carrier's first scan and its arrival";
            case RETURN_SCANNED -> "The carrier has the return (first scan)"
                    + ("PAY".equals(p.outcome()) ? "; the refund is being paid now" : "; awaited: its arrival");
            case RETURN_RECEIVED -> received(p);
            case RETURN_EXPIRED -> "The return was not sent by " + TimelineText.at(p.deadline())
                    + (reader == Audience.BUYER && !TO_SELLER.equals(p.party())
                            ? ", so nothing is refunded for it" : "; its refund is closed unpaid");
            default -> throw new IllegalArgumentException("not a return line: " + code);
        };
    }

    private static String opened(TimelineParams p, Audience reader) {
        boolean toSeller = TO_SELLER.equals(p.party());
        String send;
        if (toSeller) {
            send = (reader == Audience.SELLER ? "The agent's warehouse sends the item back to you"
                    : "The agent's warehouse sends the item back to the seller") + " by " + TimelineText.at(p.deadline());
        } else {
            send = (reader == Audience.BUYER ? "Send the item back to the agent's warehouse"
                    : "The buyer sends the item back to the agent's warehouse")
                    + (p.destination() == null ? "" : " (" + p.destination() + ")") + " by "
                    + TimelineText.at(p.deadline());
        }
        String refund = "REFUND_ON_SCAN".equals(p.outcome()) ? "the refund is paid on the carrier's first scan"
                : "the refund is paid once " + (toSeller ? "the seller has it back" : "it arrives as claimed");
        return send + "; postage is paid by " + payer(p.payer(), reader) + "; " + refund;
    }

    private static String received(TimelineParams p) {
        String where = TO_SELLER.equals(p.party()) ? "The seller received the return"
                : "The return arrived at the agent's warehouse";
        String found = "AS_EXPECTED".equals(p.outcome()) ? "as expected"
                : TimelineText.words(p.outcome()) + photos(p.count());
        String next = switch (String.valueOf(p.remedy())) {
            case "PAY" -> "; the refund is being paid";
            case "BACK_TO_QUEUE" -> "; a support agent will decide again";
            default -> "";
        };
        return where + " and was inspected: " + found + next;
    }

    private static String sender(TimelineParams p, Audience reader) {
        if (TO_SELLER.equals(p.party())) {
            return "The agent's warehouse";
        }
        return reader == Audience.BUYER ? "You" : "The buyer";
    }

    private static String destination(TimelineParams p, Audience reader) {
        if (TO_SELLER.equals(p.party())) {
            return reader == Audience.SELLER ? "you" : "the seller";
        }
        return "the agent's warehouse";
    }

    private static String payer(String payer, Audience reader) {
        if (payer == null) {
            return "nobody";
        }
        return switch (payer) {
            case "BUYER" -> reader == Audience.BUYER ? "you" : "the buyer";
            case "SELLER" -> reader == Audience.SELLER ? "you" : "the seller";
            case "AGENT" -> "the agent";
            case "CARRIER" -> "the carrier's insurance";
            default -> TimelineText.words(payer);
        };
    }

    private static String photos(Integer count) {
        if (count == null || count == 0) {
            return "";
        }
        return count == 1 ? " (1 photo)" : " (" + count + " photos)";
    }
}
