package org.meshwright.ui.theme;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import org.meshwright.diagram.Colour;
import org.meshwright.diagram.DiagramStyle;
import org.meshwright.diagram.KindIcons;
import org.meshwright.model.NodeKind;

/**
 * How each kind of node looks wherever JavaFX shows it (tree, palette, inspector): the
 * colours and icons of the diagram's light {@link DiagramStyle}, so that every view agrees
 * with the canvas.
 */
public final class KindStyle {

    private static final DiagramStyle STYLE = DiagramStyle.light();

    private KindStyle() {
    }

    /** The accent colour of a kind: its chip in the diagram, its mark in the tree. */
    public static Color accent(NodeKind kind) {
        return fx(STYLE.kindColour(kind));
    }

    /** The kind in words, as a user reads it: {@code data product}, {@code source system}, ... */
    public static String label(NodeKind kind) {
        return DiagramStyle.kindLabel(kind);
    }

    /** The pale fill of the {@code index}-th domain, as the diagram draws it. */
    public static Color domainFill(int index) {
        return fx(STYLE.domainFill(index));
    }

    /** The border of the {@code index}-th domain, as the diagram draws it. */
    public static Color domainStroke(int index) {
        return fx(STYLE.domainBorder(index));
    }

    /** The kind's icon as a node {@code size} pixels square, in the kind's colour (or {@code colour}). */
    public static Node icon(NodeKind kind, double size, Color colour) {
        SVGPath path = new SVGPath();
        path.setContent(KindIcons.path(kind));
        path.setFillRule(FillRule.NON_ZERO);
        path.setFill(colour != null ? colour : accent(kind));
        double factor = size / KindIcons.VIEW_BOX;
        path.setScaleX(factor);
        path.setScaleY(factor);
        // SVGPath scales about its centre: a fixed-size frame keeps the layout at size x size.
        Rectangle frame = new Rectangle(size, size, Color.TRANSPARENT);
        StackPane box = new StackPane(frame, path);
        box.setMinSize(size, size);
        box.setPrefSize(size, size);
        box.setMaxSize(size, size);
        box.getStyleClass().add("kind-icon");
        return box;
    }

    /** The kind's icon on its tinted chip, as the diagram's cards show it. */
    public static Node chip(NodeKind kind, double size) {
        Rectangle back = new Rectangle(size, size, fx(STYLE.chipFill(kind)));
        back.setArcWidth(size / 2);
        back.setArcHeight(size / 2);
        StackPane chip = new StackPane(back, icon(kind, size * 0.6, fx(STYLE.chipIcon(kind))));
        chip.setMinSize(size, size);
        chip.setMaxSize(size, size);
        chip.getStyleClass().add("kind-chip");
        return chip;
    }

    private static Color fx(Colour c) {
        return Color.rgb(c.red(), c.green(), c.blue(), c.alpha());
    }
}
