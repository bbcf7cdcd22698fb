package org.meshwright.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meshwright.edit.EditFixtures.applyAndCheck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meshwright.model.Bounds;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Mesh;
import org.meshwright.model.Point;

class MoveCommandsTest {

    private final Mesh mesh = EditFixtures.sample();

    @Test
    void aDragIsOneCommandForEveryElementMoved() {
        Map<String, Point> positions = new LinkedHashMap<>();
        positions.put("orders", new Point(40, 40));
        positions.put("anon", new Point(1, 2)); // had none
        Command move = Edits.move(mesh, positions, Map.of("shop", new Bounds(20, 20, 200, 200)));

        applyAndCheck(mesh, move);

        assertThat(move.label()).isEqualTo("Move 3 elements");
        assertThat(mesh.diagram().position("orders")).isEqualTo(new Point(40, 40));
        assertThat(mesh.diagram().position("anon")).isEqualTo(new Point(1, 2));
        assertThat(mesh.diagram().bounds("shop")).isEqualTo(new Bounds(20, 20, 200, 200));
    }

    @Test
    void movingOneElementNamesIt() {
        assertThat(Edits.move(mesh, Map.of("orders", new Point(1, 1)), Map.of()).label())
                .isEqualTo("Move data product");
        assertThat(Edits.move(mesh, Map.of(), Map.of("shop", new Bounds(1, 1, 1, 1))).label())
                .isEqualTo("Move domain");
    }

    @Test
    void movingToTheSamePlacesIsANoOp() {
        Command move = Edits.move(mesh, Map.of("orders", new Point(20, 20)),
                Map.of("shop", new Bounds(0, 0, 200, 200)));

        assertThat(move.isNoOp()).isTrue();
        assertThat(Edits.move(mesh, Map.of(), Map.of()).isNoOp()).isTrue();
    }

    @Test
    void movingAnElementThatIsNotThereIsRefused() {
        assertThatThrownBy(() -> Edits.move(mesh, Map.of("ghost", new Point(0, 0)), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("There is no node 'ghost'");
        assertThatThrownBy(() -> Edits.move(mesh, Map.of(), Map.of("old", new Bounds(0, 0, 1, 1))))
                .hasMessage("There is no domain 'old'");
    }

    @Test
    void nudgeSkipsNodesWithoutPositionAndDomainsWithoutBounds() {
        Command nudge = Edits.nudge(mesh, List.of(ElementRef.node("orders"), ElementRef.node("anon"),
                ElementRef.domain("finance"), ElementRef.link("erp->orders")), 10, -5);

        applyAndCheck(mesh, nudge);

        assertThat(mesh.diagram().position("orders")).isEqualTo(new Point(30, 15));
        assertThat(mesh.diagram().position("anon")).isNull();
        // finance has no bounds, but its node bi moves with it
        assertThat(mesh.diagram().position("bi")).isEqualTo(new Point(630, 15));
        assertThat(mesh.diagram().bounds("finance")).isNull();
        assertThat(nudge.label()).isEqualTo("Move 2 elements");
    }

    @Test
    void nudgingADomainMovesItsNodesOnce() {
        Command nudge = Edits.nudge(mesh, List.of(ElementRef.domain("sales"), ElementRef.node("erp")), 0, 10);

        applyAndCheck(mesh, nudge);

        assertThat(mesh.diagram().bounds("sales")).isEqualTo(new Bounds(300, 10, 200, 250));
        assertThat(mesh.diagram().position("customers")).isEqualTo(new Point(320, 30));
        assertThat(mesh.diagram().position("erp")).isEqualTo(new Point(320, 150));
    }

    @Test
    void nudgingNothingOrByZeroIsANoOp() {
        assertThat(Edits.nudge(mesh, List.of(ElementRef.node("orders")), 0, 0).isNoOp()).isTrue();
        assertThat(Edits.nudge(mesh, List.of(ElementRef.node("anon")), 5, 0).isNoOp()).isTrue();
        assertThat(Edits.nudge(mesh, List.of(), 5, 0).isNoOp()).isTrue();
    }

    @Test
    void aNudgeMergesWithTheNextNudgeOfTheSameSelection() {
        List<ElementRef> selection = List.of(ElementRef.node("orders"), ElementRef.node("hub"));
        Command first = Edits.nudge(mesh, selection, 1, 0);
        first.apply(mesh);
        Command second = Edits.nudge(mesh, List.of(selection.get(1), selection.get(0)), 0, 1);
        second.apply(mesh);

        Command merged = first.mergeWith(second).orElseThrow();

        merged.revert(mesh);
        assertThat(mesh.contentEquals(EditFixtures.sample())).isTrue();
        merged.apply(mesh);
        assertThat(mesh.diagram().position("orders")).isEqualTo(new Point(21, 21));
    }

    @Test
    void aNudgeDoesNotMergeWithOtherSelectionsOrCommands() {
        Command first = Edits.nudge(mesh, List.of(ElementRef.node("orders")), 1, 0);
        first.apply(mesh);

        assertThat(first.mergeWith(Edits.nudge(mesh, List.of(ElementRef.node("hub")), 1, 0))).isEmpty();
        assertThat(first.mergeWith(Edits.move(mesh, Map.of("orders", new Point(0, 0)), Map.of()))).isEmpty();
    }

    @Test
    void aNudgeThatDoesNotStartWhereTheLastEndedDoesNotMerge() {
        Command first = Edits.nudge(mesh, List.of(ElementRef.node("orders")), 1, 0);
        Command fromTheStart = Edits.nudge(mesh, List.of(ElementRef.node("orders")), 1, 0);

        assertThat(first.mergeWith(fromTheStart)).isEmpty();
    }

    @Test
    void droppingIntoADomainChangesDomainAndPositionInOneStep() {
        Command drop = Edits.moveToDomain(mesh, List.of("orders", "hub"), "sales",
                Map.of("orders", new Point(310, 100), "hub", new Point(350, 100)));

        applyAndCheck(mesh, drop);

        assertThat(drop.label()).isEqualTo("Move to domain sales");
        assertThat(mesh.node("orders").domain()).isEqualTo("sales");
        assertThat(mesh.node("hub").domain()).isEqualTo("sales");
        assertThat(mesh.diagram().position("orders")).isEqualTo(new Point(310, 100));
        assertThat(mesh.nodes().get(1).id()).isEqualTo("orders");
    }

    @Test
    void droppingOutOfEveryDomain() {
        Command drop = Edits.moveToDomain(mesh, List.of("orders"), null, Map.of());

        applyAndCheck(mesh, drop);

        assertThat(drop.label()).isEqualTo("Remove from domain");
        assertThat(mesh.node("orders").domain()).isNull();
        assertThat(Edits.moveToDomain(mesh, List.of("orders", "hub"), null,
                Map.of("hub", new Point(200, 300))).isNoOp()).isTrue();
    }

    @Test
    void droppingIntoAMissingDomainOrWithAMissingNodeIsRefused() {
        assertThatThrownBy(() -> Edits.moveToDomain(mesh, List.of("orders"), "nope", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("There is no domain 'nope'");
        assertThatThrownBy(() -> Edits.moveToDomain(mesh, List.of("nope"), "shop", Map.of()))
                .hasMessage("There is no node 'nope'");
    }
}
