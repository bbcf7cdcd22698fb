package org.meshwright.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.meshwright.model.Port;
import org.meshwright.ui.inspector.FieldModel.PortColumn;

/**
 * A data product's output ports as small cards (id, type, format, contract), each with a
 * remove button, and a button that adds a port. Each cell commits on its own, as one
 * undoable command; the cards are refreshed in place so that tabbing through them keeps focus.
 */
final class PortsEditor extends FieldControl {

    private final VBox cards = new VBox(8);
    private final Button add = new Button("+ Add port");
    private final VBox box = new VBox(8, cards, add);
    private final List<Card> shown = new ArrayList<>();

    PortsEditor(FieldModel field) {
        super(field);
        box.getStyleClass().add("inspector-ports");
        box.setId(idOf(field));
        add.getStyleClass().add("inspector-add-button");
        add.setMaxWidth(Double.MAX_VALUE);
        add.setId(idOf(field) + "-add");
        add.setOnAction(e -> {
            List<Port> ports = new ArrayList<>(field.ports());
            ports.add(new Port(freeId(ports)));
            field.commit(ports);
        });
        field.ports().addListener((ListChangeListener<Port>) c -> refresh());
        refresh();
    }

    /** {@code port}, {@code port-2}, ...: the first id no port of the product has. */
    static String freeId(List<Port> ports) {
        List<String> ids = ports.stream().map(Port::id).toList();
        String id = "port";
        for (int n = 2; ids.contains(id); n++) {
            id = "port-" + n;
        }
        return id;
    }

    private void refresh() {
        List<Port> ports = List.copyOf(field.ports());
        if (ports.size() == shown.size()) {
            for (int i = 0; i < ports.size(); i++) {
                shown.get(i).show(ports.get(i));
            }
            return;
        }
        shown.forEach(c -> c.gone = true);
        shown.clear();
        cards.getChildren().clear();
        for (int i = 0; i < ports.size(); i++) {
            Card card = new Card(i);
            card.show(ports.get(i));
            shown.add(card);
            cards.getChildren().add(card.pane);
        }
        if (ports.isEmpty()) {
            Label none = new Label("No output ports");
            none.getStyleClass().add("inspector-none");
            cards.getChildren().add(none);
        }
    }

    @Override
    Node control() {
        return box;
    }

    @Override
    void flush() {
        if (field.error() == null) {
            shown.forEach(Card::flush);
        }
    }

    @Override
    void dispose() {
        super.dispose();
        shown.forEach(c -> c.gone = true);
    }

    /** One port: a header with its number and a remove button, then a cell per column. */
    private final class Card {
        final int index;
        final VBox pane = new VBox(4);
        final Label title = new Label();
        final TextField[] cells = new TextField[PortColumn.values().length];
        Port port;
        boolean gone;

        Card(int index) {
            this.index = index;
            title.getStyleClass().add("inspector-port-title");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Button remove = ViaEditor.iconButton("\u00d7", "Remove port " + (index + 1), false, () -> {
                List<Port> ports = new ArrayList<>(field.ports());
                ports.remove(index);
                field.commit(ports);
            });
            HBox header = new HBox(4, title, gap, remove);
            header.setAlignment(Pos.CENTER_LEFT);

            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(4);
            ColumnConstraints labels = new ColumnConstraints();
            labels.setMinWidth(Region.USE_PREF_SIZE);
            ColumnConstraints values = new ColumnConstraints();
            values.setHgrow(Priority.ALWAYS);
            values.setFillWidth(true);
            grid.getColumnConstraints().addAll(labels, values);
            String[] names = {"Id", "Type", "Format", "Contract"};
            String[] prompts = {"required", "e.g. table, topic, api", "e.g. parquet, avro", "data contract id"};
            for (PortColumn column : PortColumn.values()) {
                int c = column.ordinal();
                TextField cell = new TextField();
                cell.setPromptText(prompts[c]);
                cell.getStyleClass().addAll("inspector-text", "inspector-port-cell");
                cell.setId(idOf(field) + "-" + index + "-" + column.name().toLowerCase(Locale.ROOT));
                Label label = new Label(names[c]);
                label.getStyleClass().add("inspector-port-label");
                label.setLabelFor(cell);
                cell.setAccessibleText("Port " + (index + 1) + " " + names[c].toLowerCase(Locale.ROOT));
                wireText(cell, () -> text(column), s -> field.commitPort(index, column, s), field::clearError,
                        () -> gone || disposed);
                cells[c] = cell;
                grid.addRow(c, label, cell);
            }
            pane.getChildren().addAll(header, grid);
            pane.getStyleClass().add("inspector-port");
        }

        String text(PortColumn column) {
            if (port == null) {
                return "";
            }
            String v = switch (column) {
                case ID -> port.id();
                case TYPE -> port.type();
                case FORMAT -> port.format();
                case CONTRACT -> port.contract();
            };
            return v == null ? "" : v;
        }

        void show(Port p) {
            port = p;
            title.setText("Port " + (index + 1));
            for (PortColumn column : PortColumn.values()) {
                TextField cell = cells[column.ordinal()];
                if (!cell.getText().equals(text(column))) {
                    cell.setText(text(column));
                }
                markInvalid(cell, false);
            }
        }

        void flush() {
            for (PortColumn column : PortColumn.values()) {
                TextField cell = cells[column.ordinal()];
                if (!cell.getText().equals(text(column)) && !cell.getStyleClass().contains(INVALID)) {
                    field.commitPort(index, column, cell.getText());
                    return; // the commit refreshes the cards; one pending cell is all a user leaves
                }
            }
        }
    }
}
