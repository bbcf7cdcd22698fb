package org.meshwright.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.meshwright.bench.MeshGenerator;
import org.meshwright.layout.AutoLayout;
import org.meshwright.layout.LayoutMonitor;
import org.meshwright.layout.LayoutOptions;
import org.meshwright.model.Mesh;

class UnplacedNodesExportTest {

    private final DiagramExporter exporter = new DiagramExporter();

    @Test
    void aMeshWithoutLayoutExportsAsAutomaticallyLaidOut() {
        Mesh bare = MeshGenerator.builder().nodes(MeshGenerator.MIN_NODES).seed(3).layout(false).build().generate();
        Mesh laidOut = bare.copy();
        new AutoLayout().layout(laidOut).applyTo(laidOut);

        assertThat(exporter.svg(bare, ExportOptions.DEFAULT)).isEqualTo(exporter.svg(laidOut, ExportOptions.DEFAULT));
        assertThat(exporter.planPng(bare, ExportOptions.DEFAULT)).isEqualTo(exporter.planPng(laidOut, ExportOptions.DEFAULT));
    }

    @Test
    void placedNodesKeepTheirPlaceAndOnlyTheOthersAreLaidOut() {
        Mesh mesh = MeshGenerator.generate(MeshGenerator.MIN_NODES, 5);
        Mesh partly = mesh.copy();
        String moved = partly.nodes().get(partly.nodes().size() - 1).id();
        partly.diagram().setPosition(moved, null);
        Mesh expected = partly.copy();
        new AutoLayout().layout(expected, LayoutOptions.newNodes(), LayoutMonitor.NONE).applyTo(expected);

        assertThat(exporter.svg(partly, ExportOptions.DEFAULT)).isEqualTo(exporter.svg(expected, ExportOptions.DEFAULT));
        assertThat(exporter.svg(mesh, ExportOptions.DEFAULT)).isNotEqualTo(exporter.svg(partly, ExportOptions.DEFAULT));
    }

    @Test
    void exportingDoesNotChangeTheMesh() {
        Mesh bare = MeshGenerator.builder().nodes(MeshGenerator.MIN_NODES).seed(3).layout(false).build().generate();
        Mesh before = bare.copy();
        exporter.svg(bare, ExportOptions.DEFAULT);
        assertThat(bare.contentEquals(before)).isTrue();
    }
}
