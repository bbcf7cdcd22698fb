package org.meshwright.diagram;

import java.util.List;

/**
 * The fonts shipped with Meshwright, as class-path resources, so that every back end can
 * draw with the same faces: Inter (SIL Open Font License 1.1, see {@code OFL.txt} beside
 * them) in regular, semibold and bold. Back ends load them before resolving
 * {@link DiagramStyle#FONT_FAMILIES}; where loading fails they fall back to the next family.
 */
public final class BundledFonts {

    /** The family name the bundled files register. */
    public static final String FAMILY = "Inter";

    /** Class-path resource names of the font files, regular first. */
    public static final List<String> RESOURCES = List.of(
            "/org/meshwright/diagram/fonts/Inter-Regular.otf",
            "/org/meshwright/diagram/fonts/Inter-SemiBold.otf",
            "/org/meshwright/diagram/fonts/Inter-Bold.otf");

    private BundledFonts() {
    }
}
