package org.meshwright.diagram;

import java.util.List;

/**
 * A font request: the families in order of preference (the painter uses the first one it
 * has; the SVG back end writes them all), the size in diagram units and the CSS weight
 * (400 regular, 500 medium, 600 semibold, 700 bold).
 */
public record TextStyle(List<String> families, double size, int weight) {

    public TextStyle {
        families = List.copyOf(families);
        if (families.isEmpty()) {
            throw new IllegalArgumentException("at least one font family");
        }
        if (!(size > 0)) {
            throw new IllegalArgumentException("size must be positive: " + size);
        }
        if (weight < 100 || weight > 900) {
            throw new IllegalArgumentException("weight must be 100 to 900: " + weight);
        }
    }

    public TextStyle withSize(double newSize) {
        return new TextStyle(families, newSize, weight);
    }

    public TextStyle withWeight(int newWeight) {
        return new TextStyle(families, size, newWeight);
    }

    /** The families as a CSS {@code font-family} value: quoted where they hold a space. */
    public String cssFamilies() {
        StringBuilder sb = new StringBuilder();
        for (String f : families) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            boolean generic = f.equals("sans-serif") || f.equals("serif") || f.equals("monospace")
                    || f.equals("system-ui");
            sb.append(f.contains(" ") && !generic ? "'" + f + "'" : f);
        }
        return sb.toString();
    }
}
