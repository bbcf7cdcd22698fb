package org.meshwright.diagram;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.meshwright.model.NodeKind;

/**
 * One original icon per {@link NodeKind}, as SVG path data in a 24 x 24 view box, made of
 * the {@code M L H V C Q Z} commands only, filled with the non-zero rule (holes run the
 * other way round). The diagram draws them in each node's chip; the same data is in
 * {@code icons/kinds/KIND.svg} for documentation and installers
 * ({@link #svgDocument(NodeKind, Colour)} writes those files).
 */
public final class KindIcons {

    /** The width and height of the view box the paths are drawn in. */
    public static final double VIEW_BOX = 24;

    /** A padlock, for links that remove personal data (protected links). */
    public static final String LOCK = "M5.5 10.5 H18.5 Q20 10.5 20 12 V19.5 Q20 21 18.5 21 H5.5 Q4 21 4 19.5 V12 Q4 10.5 5.5 10.5 Z "
            + "M7.5 10.5 V8 C7.5 5.5 9.5 3.5 12 3.5 C14.5 3.5 16.5 5.5 16.5 8 V10.5 H14.3 V8 "
            + "C14.3 6.7 13.3 5.7 12 5.7 C10.7 5.7 9.7 6.7 9.7 8 V10.5 Z M13.6 15.5 "
            + "C13.6 14.62 12.88 13.9 12 13.9 C11.12 13.9 10.4 14.62 10.4 15.5 C10.4 16.38 11.12 17.1 12 17.1 "
            + "C12.88 17.1 13.6 16.38 13.6 15.5 Z";

    private static final Map<NodeKind, PathData> PARSED = new EnumMap<>(NodeKind.class);

    static {
        for (NodeKind kind : NodeKind.values()) {
            PARSED.put(kind, PathData.parse(path(kind)));
        }
    }

    private static final PathData LOCK_PATH = PathData.parse(LOCK);

    private KindIcons() {
    }

    /** The icon of {@code kind} as SVG path data in a {@value #VIEW_BOX}-unit square. */
    public static String path(NodeKind kind) {
        return switch (kind) {
            case DATA_PRODUCT -> // A package: a cube of three faces.
                    "M12 2.4 L20.6 6.85 L12 11.3 L3.4 6.85 Z M3 8.55 L11.15 12.85 L11.15 21.7 L3 17.35 Z M12.85 12.85 "
                    + "L21 8.55 L21 17.35 L12.85 21.7 Z";
            case SOURCE_SYSTEM -> // A database: a cylinder of three discs.
                    "M4 5 C4 3.34 7.58 2 12 2 C16.42 2 20 3.34 20 5 C20 6.66 16.42 8 12 8 C7.58 8 4 6.66 4 5 Z M4 6.9 "
                    + "C4 8.56 7.58 9.9 12 9.9 C16.42 9.9 20 8.56 20 6.9 V12 C20 13.66 16.42 15 12 15 "
                    + "C7.58 15 4 13.66 4 12 Z M4 13.9 C4 15.56 7.58 16.9 12 16.9 C16.42 16.9 20 15.56 20 13.9 V19 "
                    + "C20 20.66 16.42 22 12 22 C7.58 22 4 20.66 4 19 Z";
            case CONSUMER -> // A monitor showing a bar chart.
                    "M4 3 H20 Q22 3 22 5 V15 Q22 17 20 17 H4 Q2 17 2 15 V5 Q2 3 4 3 Z M4 5 V15 H20 V5 Z M6.5 10.5 H9 "
                    + "V13 H6.5 Z M10.75 7 H13.25 V13 H10.75 Z M15 8.75 H17.5 V13 H15 Z M10 17 H14 V19.5 H17 "
                    + "Q18 19.5 18 20.5 V21.5 H6 V20.5 Q6 19.5 7 19.5 H10 Z";
            case HUB -> // A network star: a centre joined to six satellites.
                    "M15.6 12 C15.6 13.99 13.99 15.6 12 15.6 C10.01 15.6 8.4 13.99 8.4 12 C8.4 10.01 10.01 8.4 12 8.4 "
                    + "C13.99 8.4 15.6 10.01 15.6 12 Z M11.15 12 L11.15 3.6 L12.85 3.6 L12.85 12 Z M14.5 3.6 "
                    + "C14.5 4.98 13.38 6.1 12 6.1 C10.62 6.1 9.5 4.98 9.5 3.6 C9.5 2.22 10.62 1.1 12 1.1 "
                    + "C13.38 1.1 14.5 2.22 14.5 3.6 Z M11.57 11.26 L18.85 7.06 L19.7 8.54 L12.43 12.74 Z M21.77 7.8 "
                    + "C21.77 9.18 20.66 10.3 19.27 10.3 C17.89 10.3 16.77 9.18 16.77 7.8 "
                    + "C16.77 6.42 17.89 5.3 19.27 5.3 C20.66 5.3 21.77 6.42 21.77 7.8 Z M12.43 11.26 L19.7 15.46 "
                    + "L18.85 16.94 L11.57 12.74 Z M21.77 16.2 C21.77 17.58 20.66 18.7 19.27 18.7 "
                    + "C17.89 18.7 16.77 17.58 16.77 16.2 C16.77 14.82 17.89 13.7 19.27 13.7 "
                    + "C20.66 13.7 21.77 14.82 21.77 16.2 Z M12.85 12 L12.85 20.4 L11.15 20.4 L11.15 12 Z M14.5 20.4 "
                    + "C14.5 21.78 13.38 22.9 12 22.9 C10.62 22.9 9.5 21.78 9.5 20.4 C9.5 19.02 10.62 17.9 12 17.9 "
                    + "C13.38 17.9 14.5 19.02 14.5 20.4 Z M12.43 12.74 L5.15 16.94 L4.3 15.46 L11.57 11.26 Z M7.23 16.2 "
                    + "C7.23 17.58 6.11 18.7 4.73 18.7 C3.34 18.7 2.23 17.58 2.23 16.2 C2.23 14.82 3.34 13.7 4.73 13.7 "
                    + "C6.11 13.7 7.23 14.82 7.23 16.2 Z M11.57 12.74 L4.3 8.54 L5.15 7.06 L12.43 11.26 Z M7.23 7.8 "
                    + "C7.23 9.18 6.11 10.3 4.73 10.3 C3.34 10.3 2.23 9.18 2.23 7.8 C2.23 6.42 3.34 5.3 4.73 5.3 "
                    + "C6.11 5.3 7.23 6.42 7.23 7.8 Z";
            case PLATFORM -> // Three stacked layers.
                    "M12 2 L22 7 L12 12 L2 7 Z M2 11.6 L4.3 10.45 L12 14.3 L19.7 10.45 L22 11.6 L12 16.6 Z M2 16.4 "
                    + "L4.3 15.25 L12 19.1 L19.7 15.25 L22 16.4 L12 21.4 Z";
            case GOVERNANCE -> // A shield with a check mark.
                    "M12 2 L20 5 V11 C20 16.2 16.6 20.4 12 22 C7.4 20.4 4 16.2 4 11 V5 Z M10.9 15.9 L16.7 10.1 "
                    + "L15.2 8.6 L10.9 12.9 L8.8 10.8 L7.3 12.3 Z";
            case ANONYMIZER -> // A masquerade mask.
                    "M2 8.2 C2 6.7 3.4 5.8 5.1 5.8 C8 5.8 9.6 7.1 12 7.1 C14.4 7.1 16 5.8 18.9 5.8 "
                    + "C20.6 5.8 22 6.7 22 8.2 V11 C22 15.2 19.6 18.3 16.6 18.3 C14.6 18.3 13.2 16.9 12 15.2 "
                    + "C10.8 16.9 9.4 18.3 7.4 18.3 C4.4 18.3 2 15.2 2 11 Z M9.9 11.2 C9.9 10.21 8.74 9.4 7.3 9.4 "
                    + "C5.86 9.4 4.7 10.21 4.7 11.2 C4.7 12.19 5.86 13 7.3 13 C8.74 13 9.9 12.19 9.9 11.2 Z M19.3 11.2 "
                    + "C19.3 10.21 18.14 9.4 16.7 9.4 C15.26 9.4 14.1 10.21 14.1 11.2 C14.1 12.19 15.26 13 16.7 13 "
                    + "C18.14 13 19.3 12.19 19.3 11.2 Z";
            case VIRTUALIZATION -> // A cloud with two table rows.
                    "M6.5 19.5 C4 19.5 2 17.5 2 15 C2 12.7 3.7 10.8 5.9 10.5 C6.6 7.4 9.1 5 12.2 5 "
                    + "C15.3 5 17.8 7.3 18.3 10.4 C20.4 10.8 22 12.6 22 14.9 C22 17.5 20 19.5 17.5 19.5 Z M8.95 12.2 "
                    + "Q8 12.2 8 13.15 Q8 14.1 8.95 14.1 H15.05 Q16 14.1 16 13.15 Q16 12.2 15.05 12.2 Z M8.95 15.3 "
                    + "Q8 15.3 8 16.25 Q8 17.2 8.95 17.2 H15.05 Q16 17.2 16 16.25 Q16 15.3 15.05 15.3 Z";
        };
    }

    /** {@link #path(NodeKind)}, parsed. */
    public static PathData pathData(NodeKind kind) {
        return PARSED.get(kind);
    }

    /** {@link #LOCK}, parsed. */
    public static PathData lock() {
        return LOCK_PATH;
    }

    /**
     * A standalone SVG 1.1 file of the icon in {@code colour}: the content of
     * {@code icons/kinds/KIND.svg}, ending in a newline.
     */
    public static String svgDocument(NodeKind kind, Colour colour) {
        String label = kind.keyword().replace('-', ' ');
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"24\" height=\"24\" viewBox=\"0 0 24 24\">\n"
                + "  <title>" + label + "</title>\n"
                + "  <path fill=\"" + colour.hex().toLowerCase(Locale.ROOT) + "\" d=\"" + path(kind) + "\"/>\n"
                + "</svg>\n";
    }
}
