package org.meshwright.ui.tree;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.meshwright.model.Mesh;
import org.meshwright.ui.theme.KindStyle;

/** The outline of a mesh: its domains, each with its nodes beneath, labelled by name and kind. */
public final class MeshTreeView extends TreeView<MeshTreeEntry> {

    public MeshTreeView() {
        getStyleClass().add("mesh-tree");
        setShowRoot(false);
        setRoot(new TreeItem<>());
        setCellFactory(view -> new EntryCell());
    }

    /** Shows {@code mesh}, or nothing with {@code null}; domains start expanded. */
    public void show(Mesh mesh) {
        TreeItem<MeshTreeEntry> root = new TreeItem<>();
        if (mesh != null) {
            for (MeshTreeEntry.Branch branch : MeshTreeEntry.branchesOf(mesh)) {
                TreeItem<MeshTreeEntry> item = new TreeItem<>(branch.entry());
                branch.children().forEach(child -> item.getChildren().add(new TreeItem<>(child)));
                item.setExpanded(true);
                root.getChildren().add(item);
            }
        }
        setRoot(root);
    }

    /** A row: a coloured mark, the name, and the kind or node count in grey. */
    private static final class EntryCell extends TreeCell<MeshTreeEntry> {

        @Override
        protected void updateItem(MeshTreeEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(entry.label());
            name.getStyleClass().addAll("entry-name", entry.type() == MeshTreeEntry.Type.NODE ? "entry-node" : "entry-group");
            Label detail = new Label(entry.detail());
            detail.getStyleClass().add("entry-detail");
            HBox row = new HBox(7, mark(entry), name, detail);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }

        private static Node mark(MeshTreeEntry entry) {
            Rectangle mark = new Rectangle(10, 10);
            mark.getStyleClass().add("entry-mark");
            switch (entry.type()) {
                case NODE -> {
                    mark.setArcWidth(4);
                    mark.setArcHeight(4);
                    mark.setFill(KindStyle.accent(entry.kind()));
                }
                case DOMAIN -> {
                    mark.setArcWidth(3);
                    mark.setArcHeight(3);
                    mark.setFill(KindStyle.domainFill(entry.domainIndex()));
                    mark.setStroke(KindStyle.domainStroke(entry.domainIndex()));
                    mark.setStrokeWidth(1.5);
                }
                default -> {
                    mark.setFill(Color.TRANSPARENT);
                    mark.setStroke(Color.web("#94a3b8"));
                    mark.getStrokeDashArray().setAll(2.0, 2.0);
                }
            }
            return mark;
        }
    }
}
