package org.meshwright.ui.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshwright.model.Domain;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Topology;

class MeshTreeEntryTest {

    @Test
    void domainsHoldTheirNodesAndHomelessNodesGoUnderNoDomain() {
        Mesh mesh = new Mesh("m", Topology.FEDERATED);
        mesh.addDomain(new Domain("sales").withName("Sales"));
        mesh.addDomain(new Domain("empty"));
        mesh.addNode(MeshNode.builder("orders", NodeKind.DATA_PRODUCT).name("Orders").domain("sales").build());
        mesh.addNode(MeshNode.builder("board", NodeKind.CONSUMER).build());
        mesh.addNode(MeshNode.builder("db", NodeKind.SOURCE_SYSTEM).domain("sales").build());
        mesh.addNode(MeshNode.builder("lost", NodeKind.DATA_PRODUCT).domain("ghost").build());

        List<MeshTreeEntry.Branch> branches = MeshTreeEntry.branchesOf(mesh);

        assertThat(branches).extracting(b -> b.entry().label())
                .containsExactly("Sales", "empty", "ghost (undeclared)", "No domain");
        assertThat(branches.get(0).children()).extracting(MeshTreeEntry::label, MeshTreeEntry::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Orders", "data product"),
                        org.assertj.core.groups.Tuple.tuple("db", "source system"));
        assertThat(branches.get(0).entry().detail()).isEqualTo("2 nodes");
        assertThat(branches.get(1).children()).isEmpty();
        assertThat(branches.get(3).children()).extracting(MeshTreeEntry::id).containsExactly("board");
    }

    @Test
    void meshWithoutHomelessNodesHasNoNoDomainGroup() {
        Mesh mesh = new Mesh("m", Topology.FEDERATED);
        mesh.addDomain(new Domain("sales"));

        assertThat(MeshTreeEntry.branchesOf(mesh)).extracting(b -> b.entry().type())
                .containsExactly(MeshTreeEntry.Type.DOMAIN);
    }
}
