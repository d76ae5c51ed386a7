package io.refunds.order.order;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Orders and their items. */
@ApplicationScoped
public class OrderRepository implements PanacheRepositoryBase<PurchaseOrder, String> {

    public Uni<List<OrderItem>> items(String orderId) {
        return getSession().chain(session -> session
                .createSelectionQuery("from OrderItem where orderId = :orderId order by id", OrderItem.class)
                .setParameter("orderId", orderId)
                .getResultList());
    }

    public Uni<OrderItem> item(String orderId, String itemId) {
        return getSession().chain(session -> session
                .createSelectionQuery("from OrderItem where orderId = :orderId and itemId = :itemId", OrderItem.class)
                .setParameter("orderId", orderId)
                .setParameter("itemId", itemId)
                .getSingleResultOrNull());
    }

    /** The item, locked: reports on one item wait for each other, so the second sees the first's open case. */
    public Uni<OrderItem> lockItem(String orderId, String itemId) {
        return getSession().chain(session -> session
                .createSelectionQuery("from OrderItem where orderId = :orderId and itemId = :itemId", OrderItem.class)
                .setParameter("orderId", orderId)
                .setParameter("itemId", itemId)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getSingleResultOrNull());
    }

    /** The items shipped abroad in parcel {@code parcelId}, in the order they were registered. */
    public Uni<List<OrderItem>> itemsInParcel(String parcelId) {
        return getSession().chain(session -> session
                .createSelectionQuery("from OrderItem where parcelId = :parcelId order by id", OrderItem.class)
                .setParameter("parcelId", parcelId)
                .getResultList());
    }

    /**
     * The items shipped abroad in the parcel, locked until the transaction ends in one statement (always in id
     * order, so two claims on a parcel wait for each other instead of deadlocking).
     */
    public Uni<List<OrderItem>> lockItemsInParcel(String parcelId) {
        return getSession().chain(session -> session
                .createSelectionQuery("from OrderItem where parcelId = :parcelId order by id", OrderItem.class)
                .setParameter("parcelId", parcelId)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultList());
    }

    /** The cost lines of every item of the order, by item then kind. */
    public Uni<List<ItemCostLine>> costLines(String orderId) {
        return getSession().chain(session -> session
                .createSelectionQuery("from ItemCostLine where orderId = :orderId order by itemId, kind",
                        ItemCostLine.class)
                .setParameter("orderId", orderId)
                .getResultList());
    }

    public Uni<List<ItemCostLine>> costLines(String orderId, String itemId) {
        return getSession().chain(session -> session
                .createSelectionQuery("from ItemCostLine where orderId = :orderId and itemId = :itemId order by kind",
                        ItemCostLine.class)
                .setParameter("orderId", orderId)
                .setParameter("itemId", itemId)
                .getResultList());
    }

    public Uni<Void> persistCostLines(List<ItemCostLine> lines) {
        return getSession().chain(session -> session.persistAll(lines.toArray()));
    }

    public Uni<Void> persistItem(OrderItem item) {
        return getSession().chain(session -> session.persist(item));
    }
}
