package org.meshwright.io.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meshwright.diagram.BundledFonts;
import org.meshwright.diagram.TextMetrics;
import org.meshwright.diagram.TextStyle;

/**
 * The bundled Inter faces as {@link java.awt.Font}s, and the text metrics of both headless
 * back ends (SVG and PNG), so that both cut names at the same places. Works with
 * {@code java.awt.headless=true}. Characters Inter lacks (emoji, Hebrew, Arabic, ...) are
 * measured and drawn in the logical {@code SansSerif} font, which falls back per glyph.
 */
final class AwtFonts {

    /** Measurements are made at this size and scaled linearly. */
    private static final float REFERENCE = 100f;
    private static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);
    private static final Font[] FACES = load();
    private static final TextMetrics METRICS = new Metrics();

    private AwtFonts() {
    }

    /** The metrics both headless back ends use. */
    static TextMetrics metrics() {
        return METRICS;
    }

    /**
     * The face for {@code style}: the bundled Inter face nearest its weight, as the JavaFX back
     * end chooses (below 500 regular, below 650 semibold, else bold), at {@code size}.
     */
    static Font font(TextStyle style, float size) {
        int w = style.weight();
        Font base = FACES[w < 500 ? 0 : w < 650 ? 1 : 2];
        return base.deriveFont(size);
    }

    /**
     * {@code text} as a layout in {@code font}, with the runs the font cannot show in
     * {@code SansSerif} of the same size and weight; {@code null} for empty text.
     */
    static TextLayout layout(String text, Font font, FontRenderContext frc) {
        if (text.isEmpty()) {
            return null;
        }
        AttributedString as = new AttributedString(text);
        as.addAttribute(TextAttribute.FONT, font);
        if (font.canDisplayUpTo(text) != -1) {
            Font fallback = new Font(Font.SANS_SERIF, font.isBold() ? Font.BOLD : Font.PLAIN, 1)
                    .deriveFont(font.getSize2D());
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                int n = Character.charCount(cp);
                if (!font.canDisplay(cp)) {
                    as.addAttribute(TextAttribute.FONT, fallback, i, i + n);
                }
                i += n;
            }
        }
        return new TextLayout(as.getIterator(), frc);
    }

    private static Font[] load() {
        List<Font> faces = new ArrayList<>();
        for (String resource : BundledFonts.RESOURCES) {
            Font f = null;
            try (InputStream in = AwtFonts.class.getResourceAsStream(resource)) {
                if (in != null) {
                    f = Font.createFont(Font.TRUETYPE_FONT, in);
                    try {
                        GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(f);
                    } catch (RuntimeException | Error e) {
                        // Registration only helps other code find the family by name.
                    }
                }
            } catch (IOException | FontFormatException e) {
                f = null;
            }
            if (f == null) {
                // Fall back as the style lists do: to the platform's sans-serif.
                f = new Font(Font.SANS_SERIF, faces.isEmpty() ? Font.PLAIN : Font.BOLD, 1);
            }
            faces.add(f);
        }
        return faces.toArray(new Font[0]);
    }

    /** Advance widths measured once per text and face at a reference size, then scaled. */
    private static final class Metrics implements TextMetrics {
        private final Map<String, Double> widths = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Double> eldest) {
                return size() > 50_000;
            }
        };

        @Override
        public double width(String text, TextStyle style) {
            if (text.isEmpty()) {
                return 0;
            }
            int w = style.weight();
            int face = w < 500 ? 0 : w < 650 ? 1 : 2;
            String key = face + "\u0000" + text;
            Double reference;
            synchronized (widths) {
                reference = widths.get(key);
            }
            if (reference == null) {
                TextLayout layout = layout(text, font(style, REFERENCE), FRC);
                reference = layout == null ? 0.0 : (double) layout.getAdvance();
                synchronized (widths) {
                    widths.put(key, reference);
                }
            }
            return reference * style.size() / REFERENCE;
        }
    }
}
