package org.meshwright.ui.palette;

import org.meshwright.model.NodeKind;

/**
 * One thing the palette creates: a domain, or a node of one kind. Its drag-and-drop form is
 * the text {@code meshwright-palette:domain} or {@code meshwright-palette:<kind keyword>}.
 */
public record PaletteItem(NodeKind kind, String label, String hint) {

    public static final String DRAG_PREFIX = "meshwright-palette:";

    /** {@code null} kind: a domain. */
    public boolean isDomain() {
        return kind == null;
    }

    public String dragText() {
        return DRAG_PREFIX + (kind == null ? "domain" : kind.keyword());
    }

    /** The item a drag text names, or {@code null}. */
    public static PaletteItem fromDragText(String text) {
        if (text == null || !text.startsWith(DRAG_PREFIX)) {
            return null;
        }
        String what = text.substring(DRAG_PREFIX.length());
        for (PaletteItem item : all()) {
            if (what.equals(item.isDomain() ? "domain" : item.kind().keyword())) {
                return item;
            }
        }
        return null;
    }

    public static java.util.List<PaletteItem> all() {
        return java.util.List.of(
                new PaletteItem(null, "Domain", "A business domain: the team that owns data products"),
                new PaletteItem(NodeKind.DATA_PRODUCT, "Data product", "Data a domain shares, with an owner and a contract"),
                new PaletteItem(NodeKind.SOURCE_SYSTEM, "Source system", "An operational system a domain runs"),
                new PaletteItem(NodeKind.CONSUMER, "Consumer", "A report, application or team that uses data"),
                new PaletteItem(NodeKind.HUB, "Hub", "Central distribution point (governed meshes)"),
                new PaletteItem(NodeKind.PLATFORM, "Platform", "A self-serve data platform domains run on"),
                new PaletteItem(NodeKind.GOVERNANCE, "Governance", "Central catalogue and policy service"),
                new PaletteItem(NodeKind.ANONYMIZER, "Anonymizer", "Removes personal data on the way through"),
                new PaletteItem(NodeKind.VIRTUALIZATION, "Virtualization", "Serves data without copying it"));
    }
}
