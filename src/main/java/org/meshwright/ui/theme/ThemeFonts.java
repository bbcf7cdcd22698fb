package org.meshwright.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.meshwright.diagram.BundledFonts;
import org.meshwright.diagram.TextStyle;

/**
 * JavaFX fonts for the diagram's {@link TextStyle}s: loads the bundled Inter faces once,
 * then picks the first family of a style that the platform has, and caches the fonts.
 * For the FX application thread only.
 */
public final class ThemeFonts {

    private static boolean loaded;
    private static Set<String> installed;
    private static final Map<List<String>, String> RESOLVED = new LinkedHashMap<>();
    private static final Map<FontKey, Font> FONTS = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<FontKey, Font> eldest) {
            return size() > 512;
        }
    };

    private record FontKey(String family, int weight, double size) {
    }

    private ThemeFonts() {
    }

    /** Loads the bundled fonts (once); safe to call often. */
    public static synchronized void ensureLoaded() {
        if (loaded) {
            return;
        }
        loaded = true;
        for (String resource : BundledFonts.RESOURCES) {
            try (InputStream in = ThemeFonts.class.getResourceAsStream(resource)) {
                if (in != null) {
                    Font.loadFont(in, 12);
                }
            } catch (IOException | RuntimeException e) {
                // A font that does not load leaves the next family of the list in charge.
            }
        }
        installed = new HashSet<>(Font.getFamilies());
    }

    /** The first of {@code families} that is installed or bundled; the platform's default otherwise. */
    public static String family(List<String> families) {
        ensureLoaded();
        return RESOLVED.computeIfAbsent(families, fs -> {
            for (String f : fs) {
                if (installed.contains(f)) {
                    return f;
                }
            }
            return Font.getDefault().getFamily();
        });
    }

    /** The font for {@code style}. */
    public static Font font(TextStyle style) {
        return font(style, style.size());
    }

    /** The font for {@code style} at another size. */
    public static Font font(TextStyle style, double size) {
        String family = family(style.families());
        return FONTS.computeIfAbsent(new FontKey(family, style.weight(), size), k -> {
            String face = FACES.computeIfAbsent(k.family() + '\u0000' + k.weight(), x -> face(k.family(), k.weight()));
            return face != null ? new Font(face, k.size())
                    : Font.font(k.family(), FontWeight.findByWeight(k.weight()), k.size());
        });
    }

    private static final Map<String, String> FACES = new LinkedHashMap<>();

    /**
     * The upright face of {@code family} closest to {@code weight}. Faces may sit in families
     * of their own named after the weight ("Inter Semi Bold"), which JavaFX's own lookup
     * by weight does not find.
     */
    private static String face(String family, int weight) {
        List<String> names = new java.util.ArrayList<>(Font.getFontNames(family));
        for (String other : installed) {
            if (other.startsWith(family + " ") && weightOf(other.substring(family.length() + 1)) > 0) {
                names.addAll(Font.getFontNames(other));
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : names) {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (lower.contains("italic") || lower.contains("oblique")) {
                continue;
            }
            int w = weightOf(name.length() > family.length() ? name.substring(family.length()) : "");
            int distance = Math.abs((w > 0 ? w : 400) - weight) * 2 + (w > 0 && w < weight ? 1 : 0);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = name;
            }
        }
        return best;
    }

    /** The CSS weight a face's style words name, 0 where they name none. */
    static int weightOf(String style) {
        String s = style.toLowerCase(java.util.Locale.ROOT).replace(" ", "").replace("-", "");
        if (s.isEmpty() || s.equals("regular") || s.equals("normal") || s.equals("book") || s.equals("roman")) {
            return s.isEmpty() ? 0 : 400;
        }
        if (s.contains("extrabold") || s.contains("ultrabold")) {
            return 800;
        }
        if (s.contains("semibold") || s.contains("demibold")) {
            return 600;
        }
        if (s.contains("extralight") || s.contains("ultralight")) {
            return 200;
        }
        if (s.contains("black") || s.contains("heavy")) {
            return 900;
        }
        if (s.contains("bold")) {
            return 700;
        }
        if (s.contains("medium")) {
            return 500;
        }
        if (s.contains("light")) {
            return 300;
        }
        if (s.contains("thin") || s.contains("hairline")) {
            return 100;
        }
        return 0;
    }
}
