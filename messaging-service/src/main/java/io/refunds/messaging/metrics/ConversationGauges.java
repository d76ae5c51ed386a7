package io.refunds.messaging.metrics;

import io.refunds.platform.metrics.TableGauge;
import io.refunds.platform.metrics.TableGauges;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Business gauges of messaging-service: conversations by status, seller deadlines missed, open offers. */
@ApplicationScoped
public class ConversationGauges implements TableGauges {

    @Override
    public List<TableGauge> gauges() {
        return List.of(
                TableGauge.of("refunds.conversations", "Buyer-seller conversations by status",
                        "select status, count(*) from conversation group by status", "status"),
                TableGauge.of("refunds.seller.deadlines.missed",
                        "Conversations whose seller let the response deadline pass (SellerUnresponsive)",
                        "select count(*) from conversation where status = 'SELLER_UNRESPONSIVE'"),
                TableGauge.of("refunds.offers", "Offers by status",
                        "select status, count(*) from offer group by status", "status"));
    }
}
