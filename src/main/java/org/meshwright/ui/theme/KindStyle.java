package org.meshwright.ui.theme;

import java.util.Locale;
import javafx.scene.paint.Color;
import org.meshwright.model.NodeKind;

/** How each kind of node looks wherever it is shown: its accent colour and its label in words. */
public final class KindStyle {

    private KindStyle() {
    }

    /** The accent colour of a kind: the stripe of its box in the diagram, its mark in the tree. */
    public static Color accent(NodeKind kind) {
        return switch (kind) {
            case DATA_PRODUCT -> Color.web("#2563eb");
            case SOURCE_SYSTEM -> Color.web("#64748b");
            case CONSUMER -> Color.web("#16a34a");
            case HUB -> Color.web("#9333ea");
            case PLATFORM -> Color.web("#0d9488");
            case GOVERNANCE -> Color.web("#d97706");
            case ANONYMIZER -> Color.web("#db2777");
            case VIRTUALIZATION -> Color.web("#0891b2");
        };
    }

    /** The kind in words, as a user reads it: {@code data product}, {@code source system}, ... */
    public static String label(NodeKind kind) {
        return kind.keyword().replace('-', ' ').toLowerCase(Locale.ROOT);
    }

    /** A pale fill and a matching stroke for the {@code index}-th domain, cycling through a small palette. */
    public static Color domainFill(int index) {
        return Color.web(DOMAIN_FILLS[Math.floorMod(index, DOMAIN_FILLS.length)]);
    }

    public static Color domainStroke(int index) {
        return Color.web(DOMAIN_STROKES[Math.floorMod(index, DOMAIN_STROKES.length)]);
    }

    private static final String[] DOMAIN_FILLS = {
        "#eff6ff", "#ecfdf5", "#fffbeb", "#fdf2f8", "#f0f9ff", "#f5f3ff", "#fff7ed", "#f7fee7"};
    private static final String[] DOMAIN_STROKES = {
        "#93c5fd", "#6ee7b7", "#fcd34d", "#f9a8d4", "#7dd3fc", "#c4b5fd", "#fdba74", "#bef264"};
}
