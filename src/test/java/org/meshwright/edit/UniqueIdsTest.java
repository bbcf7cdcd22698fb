package org.meshwright.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.meshwright.model.Ids;

class UniqueIdsTest {

    private static Predicate<String> taken(String... ids) {
        return Set.of(ids)::contains;
    }

    @Test
    void aFreeIdIsKept() {
        assertThat(UniqueIds.unique("orders", taken())).isEqualTo("orders");
    }

    @Test
    void aTakenIdGetsTheFirstFreeSuffix() {
        assertThat(UniqueIds.unique("orders", taken("orders"))).isEqualTo("orders-2");
        assertThat(UniqueIds.unique("orders", taken("orders", "orders-2"))).isEqualTo("orders-3");
    }

    @Test
    void aNumberedIdCountsOn() {
        assertThat(UniqueIds.unique("orders-2", taken("orders", "orders-2"))).isEqualTo("orders-3");
        assertThat(UniqueIds.unique("orders-9", taken("orders-9"))).isEqualTo("orders-10");
    }

    @Test
    void aLongIdIsShortenedToMakeRoomForTheSuffix() {
        String wanted = "a".repeat(60) + "-bc";
        String id = UniqueIds.unique(wanted, taken(wanted));

        assertThat(id).isEqualTo("a".repeat(60) + "-2");
        assertThat(Ids.isValid(id)).isTrue();
    }

    @Test
    void anInvalidWantedIdIsRefused() {
        assertThatThrownBy(() -> UniqueIds.unique("Orders", taken())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsFromNamesAreLowerCaseWithHyphens() {
        assertThat(UniqueIds.fromName("Sales Order", taken())).isEqualTo("sales-order");
        assertThat(UniqueIds.fromName("Sales Order", taken("sales-order"))).isEqualTo("sales-order-2");
        assertThat(UniqueIds.fromName("  Café – Crème brûlée!  ", taken())).isEqualTo("cafe-creme-brulee");
        assertThat(UniqueIds.fromName("orders_v1.2", taken())).isEqualTo("orders_v1.2");
        assertThat(UniqueIds.fromName("---", taken())).isEqualTo("unnamed");
        assertThat(UniqueIds.fromName(null, taken())).isEqualTo("unnamed");
        assertThat(UniqueIds.fromName("東京", taken("unnamed"))).isEqualTo("unnamed-2");
        assertThat(UniqueIds.fromName("X".repeat(100), taken())).isEqualTo("x".repeat(63));
    }

    @Property(tries = 500)
    void everyIdMadeFromANameIsValidAndFree(@ForAll @StringLength(max = 80) String name) {
        Predicate<String> taken = id -> id.length() % 3 != 0; // a dense set of taken ids

        String id = UniqueIds.fromName(name, taken);

        assertThat(Ids.isValid(id)).as(id).isTrue();
        assertThat(taken.test(id)).isFalse();
    }
}
