package org.meshwright.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meshwright.edit.EditFixtures.applyAndCheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meshwright.model.Domain;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Mesh;
import org.meshwright.model.Point;
import org.meshwright.model.Topology;

class CompoundCommandTest {

    private final Mesh mesh = EditFixtures.sample();

    /** Records the order of apply and revert. */
    private record Traced(String name, List<String> trace) implements Command {
        @Override
        public String label() {
            return name;
        }

        @Override
        public void apply(Mesh m) {
            trace.add("apply " + name);
        }

        @Override
        public void revert(Mesh m) {
            trace.add("revert " + name);
        }
    }

    @Test
    void partsApplyInOrderAndRevertInReverse() {
        List<String> trace = new ArrayList<>();
        Command compound = new CompoundCommand("Both", List.of(new Traced("a", trace), new Traced("b", trace)));

        compound.apply(mesh);
        compound.revert(mesh);

        assertThat(compound.label()).isEqualTo("Both");
        assertThat(trace).containsExactly("apply a", "apply b", "revert b", "revert a");
    }

    @Test
    void aCompoundOfRealEditsRevertsExactly() {
        Command compound = new CompoundCommand("Reorganise", List.of(
                Edits.setTopology(mesh, Topology.FEDERATED),
                Edits.addDomain(mesh, new Domain("marketing"), null),
                Edits.move(mesh, Map.of("orders", new Point(1, 1)), Map.of())));

        applyAndCheck(mesh, compound);

        assertThat(compound.createdElements()).containsExactly(ElementRef.domain("marketing"));
    }

    @Test
    void itIsANoOpExactlyWhenEveryPartIs() {
        Command noOp = Edits.setTopology(mesh, mesh.topology());
        Command change = Edits.setTopology(mesh, Topology.HARMONIZED);

        assertThat(new CompoundCommand("x", List.of()).isNoOp()).isTrue();
        assertThat(new CompoundCommand("x", List.of(noOp, noOp)).isNoOp()).isTrue();
        assertThat(new CompoundCommand("x", List.of(noOp, change)).isNoOp()).isFalse();
    }

    @Test
    void aFailingPartLeavesTheMeshAsItWas() {
        Mesh before = mesh.copy();
        Command failing = new Command() {
            @Override
            public String label() {
                return "fail";
            }

            @Override
            public void apply(Mesh m) {
                throw new IllegalStateException("boom");
            }

            @Override
            public void revert(Mesh m) {
            }
        };
        Command compound = new CompoundCommand("x", List.of(Edits.setTopology(mesh, Topology.FEDERATED),
                Edits.addDomain(mesh, new Domain("marketing"), null), failing));

        assertThatThrownBy(() -> compound.apply(mesh)).hasMessage("boom");

        assertThat(mesh.contentEquals(before)).isTrue();
    }

    @Test
    void aCommandMadeForAnotherStateFailsWithoutChangingAnything() {
        Command delete = Edits.delete(mesh, List.of(ElementRef.node("erp")));
        mesh.removeNode("orders"); // erp moves from index 3 to 2
        Mesh before = mesh.copy();

        assertThatThrownBy(() -> delete.apply(mesh)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("made for another state");

        assertThat(mesh.contentEquals(before)).isTrue();
    }
}
