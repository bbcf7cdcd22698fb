package org.meshwright.diagram;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.meshwright.model.NodeKind;
import org.meshwright.rules.Severity;

/**
 * The look of a diagram: sizes in diagram units, fonts and colours. Immutable; the
 * factories give the app's {@link #light() light} theme and the {@link #dark() dark} and
 * {@link #highContrast() high-contrast} ones that presentation mode uses.
 *
 * <p>Kind colours are eight hues that differ in lightness as well as hue, so that they stay
 * apart on a washed-out projector and for colour-blind viewers; the icon and the kind label
 * on every card say the same thing without colour. Data products carry the primary accent.
 */
public final class DiagramStyle {

    /** Font families in order of preference: Inter, then the platforms' own modern sans-serifs. */
    public static final List<String> FONT_FAMILIES = List.of("Inter", "Segoe UI", "SF Pro Text", "Helvetica Neue",
            "Roboto", "Noto Sans", "Cantarell", "Nimbus Sans", "Helvetica", "Arial", "DejaVu Sans", "sans-serif");

    private String name;

    // ---- sizes ----
    private double nodeWidth = 180;
    private double nodeHeight = 56;
    private double nodeRadius = 10;
    private double chipSize = 32;
    private double domainPadding = 24;
    private double domainTitleBand = 40;
    private double domainRadius = 16;
    private double gridSize = 20;
    private double placementGapX = 48;
    private double placementGapY = 28;
    private double linkWidth = 1.5;
    private double arrowLength = 9;
    private double arrowWidth = 8;
    private double borderWidth = 1;

    // ---- fonts ----
    private List<String> fontFamilies = FONT_FAMILIES;

    // ---- colours ----
    private Colour background;
    private Colour text;
    private Colour mutedText;
    private Colour nodeFill;
    private Colour nodeBorder;
    private Colour shadow;
    private Colour link;
    private Colour linkProtected;
    private Colour badgeFill;
    private Colour badgeBorder;
    private Colour badgeText;
    private Colour platformLine;
    private Colour selection;
    private Colour highlight;
    private Colour pii;
    private Colour gridDot;
    private Colour markerText;
    private double domainTint;
    private double domainBorderTint;
    private double domainTitleShade;
    private double chipTint;
    private boolean solidChips;
    private final Map<NodeKind, Colour> kinds = new EnumMap<>(NodeKind.class);
    private final Map<Severity, Colour> severities = new EnumMap<>(Severity.class);
    private List<Colour> domainHues;

    private DiagramStyle() {
    }

    /** The app's theme: white cards on a light grey canvas, softly tinted domains. */
    public static DiagramStyle light() {
        DiagramStyle s = new DiagramStyle();
        s.name = "light";
        s.background = Colour.hex("#f5f7fa");
        s.text = Colour.hex("#0f172a");
        s.mutedText = Colour.hex("#64748b");
        s.nodeFill = Colour.WHITE;
        s.nodeBorder = Colour.hex("#d5dce6");
        s.shadow = Colour.hex("#0f172a").withAlpha(0.07);
        s.link = Colour.hex("#8a98ad");
        s.linkProtected = Colour.hex("#0f766e");
        s.badgeFill = Colour.WHITE;
        s.badgeBorder = Colour.hex("#cbd5e1");
        s.badgeText = Colour.hex("#475569");
        s.platformLine = Colour.hex("#0e7490").withAlpha(0.55);
        s.selection = Colour.hex("#2563eb");
        s.highlight = Colour.hex("#f59e0b");
        s.pii = Colour.hex("#be123c");
        s.gridDot = Colour.hex("#d9dfe7");
        s.markerText = Colour.WHITE;
        s.domainTint = 0.07;
        s.domainBorderTint = 0.30;
        s.domainTitleShade = 0.45;
        s.chipTint = 0.13;
        s.kinds.put(NodeKind.DATA_PRODUCT, Colour.hex("#2563eb"));
        s.kinds.put(NodeKind.SOURCE_SYSTEM, Colour.hex("#475569"));
        s.kinds.put(NodeKind.CONSUMER, Colour.hex("#059669"));
        s.kinds.put(NodeKind.HUB, Colour.hex("#7c3aed"));
        s.kinds.put(NodeKind.PLATFORM, Colour.hex("#0e7490"));
        s.kinds.put(NodeKind.GOVERNANCE, Colour.hex("#b45309"));
        s.kinds.put(NodeKind.ANONYMIZER, Colour.hex("#db2777"));
        s.kinds.put(NodeKind.VIRTUALIZATION, Colour.hex("#0284c7"));
        s.severities.put(Severity.ERROR, Colour.hex("#dc2626"));
        s.severities.put(Severity.WARNING, Colour.hex("#d97706"));
        s.severities.put(Severity.INFO, Colour.hex("#2563eb"));
        s.domainHues = hues("#3b82f6", "#14b8a6", "#f59e0b", "#ec4899", "#8b5cf6", "#22c55e", "#f97316", "#06b6d4");
        return s;
    }

    /** Dark slate canvas and cards, for dim rooms. */
    public static DiagramStyle dark() {
        DiagramStyle s = light();
        s.name = "dark";
        s.background = Colour.hex("#0b1220");
        s.text = Colour.hex("#e2e8f0");
        s.mutedText = Colour.hex("#94a3b8");
        s.nodeFill = Colour.hex("#1e293b");
        s.nodeBorder = Colour.hex("#334155");
        s.shadow = Colour.BLACK.withAlpha(0.35);
        s.link = Colour.hex("#64748b");
        s.linkProtected = Colour.hex("#2dd4bf");
        s.badgeFill = Colour.hex("#1e293b");
        s.badgeBorder = Colour.hex("#475569");
        s.badgeText = Colour.hex("#cbd5e1");
        s.platformLine = Colour.hex("#22d3ee").withAlpha(0.5);
        s.selection = Colour.hex("#60a5fa");
        s.highlight = Colour.hex("#fbbf24");
        s.pii = Colour.hex("#fb7185");
        s.gridDot = Colour.hex("#1e293b");
        s.markerText = Colour.hex("#0b1220");
        s.domainTint = 0.10;
        s.domainBorderTint = 0.35;
        s.domainTitleShade = -0.45;
        s.chipTint = 0.22;
        s.kinds.put(NodeKind.DATA_PRODUCT, Colour.hex("#60a5fa"));
        s.kinds.put(NodeKind.SOURCE_SYSTEM, Colour.hex("#94a3b8"));
        s.kinds.put(NodeKind.CONSUMER, Colour.hex("#34d399"));
        s.kinds.put(NodeKind.HUB, Colour.hex("#a78bfa"));
        s.kinds.put(NodeKind.PLATFORM, Colour.hex("#22d3ee"));
        s.kinds.put(NodeKind.GOVERNANCE, Colour.hex("#fbbf24"));
        s.kinds.put(NodeKind.ANONYMIZER, Colour.hex("#f472b6"));
        s.kinds.put(NodeKind.VIRTUALIZATION, Colour.hex("#38bdf8"));
        s.severities.put(Severity.ERROR, Colour.hex("#ef4444"));
        s.severities.put(Severity.WARNING, Colour.hex("#f59e0b"));
        s.severities.put(Severity.INFO, Colour.hex("#3b82f6"));
        return s;
    }

    /** Black on white, heavy lines and solid kind chips: for poor projectors and low vision. */
    public static DiagramStyle highContrast() {
        DiagramStyle s = light();
        s.name = "high-contrast";
        s.background = Colour.WHITE;
        s.text = Colour.BLACK;
        s.mutedText = Colour.hex("#1f2937");
        s.nodeBorder = Colour.BLACK;
        s.shadow = Colour.TRANSPARENT;
        s.link = Colour.hex("#1f2937");
        s.linkProtected = Colour.hex("#065f46");
        s.badgeBorder = Colour.BLACK;
        s.badgeText = Colour.BLACK;
        s.platformLine = Colour.hex("#155e75");
        s.selection = Colour.hex("#1d4ed8");
        s.highlight = Colour.hex("#b45309");
        s.pii = Colour.hex("#9f1239");
        s.gridDot = Colour.hex("#d1d5db");
        s.domainTint = 0.04;
        s.domainBorderTint = 1.0;
        s.domainTitleShade = 0.6;
        s.solidChips = true;
        s.linkWidth = 2.2;
        s.borderWidth = 2;
        s.arrowLength = 11;
        s.arrowWidth = 10;
        s.kinds.put(NodeKind.DATA_PRODUCT, Colour.hex("#1d4ed8"));
        s.kinds.put(NodeKind.SOURCE_SYSTEM, Colour.hex("#334155"));
        s.kinds.put(NodeKind.CONSUMER, Colour.hex("#047857"));
        s.kinds.put(NodeKind.HUB, Colour.hex("#6d28d9"));
        s.kinds.put(NodeKind.PLATFORM, Colour.hex("#155e75"));
        s.kinds.put(NodeKind.GOVERNANCE, Colour.hex("#92400e"));
        s.kinds.put(NodeKind.ANONYMIZER, Colour.hex("#be185d"));
        s.kinds.put(NodeKind.VIRTUALIZATION, Colour.hex("#0369a1"));
        s.severities.put(Severity.ERROR, Colour.hex("#b91c1c"));
        s.severities.put(Severity.WARNING, Colour.hex("#b45309"));
        s.severities.put(Severity.INFO, Colour.hex("#1d4ed8"));
        s.domainHues = hues("#1e3a8a", "#134e4a", "#78350f", "#831843", "#4c1d95", "#14532d", "#7c2d12", "#164e63");
        return s;
    }

    /** The same style on another canvas colour (an exporter's white background, say). */
    public DiagramStyle withBackground(Colour newBackground) {
        DiagramStyle s = copy();
        s.background = newBackground;
        return s;
    }

    /** The same style with other font families, in order of preference. */
    public DiagramStyle withFontFamilies(List<String> families) {
        if (families.isEmpty()) {
            throw new IllegalArgumentException("at least one font family");
        }
        DiagramStyle s = copy();
        s.fontFamilies = List.copyOf(families);
        return s;
    }

    private DiagramStyle copy() {
        DiagramStyle s = new DiagramStyle();
        s.name = name;
        s.nodeWidth = nodeWidth;
        s.nodeHeight = nodeHeight;
        s.nodeRadius = nodeRadius;
        s.chipSize = chipSize;
        s.domainPadding = domainPadding;
        s.domainTitleBand = domainTitleBand;
        s.domainRadius = domainRadius;
        s.gridSize = gridSize;
        s.placementGapX = placementGapX;
        s.placementGapY = placementGapY;
        s.linkWidth = linkWidth;
        s.arrowLength = arrowLength;
        s.arrowWidth = arrowWidth;
        s.borderWidth = borderWidth;
        s.fontFamilies = fontFamilies;
        s.background = background;
        s.text = text;
        s.mutedText = mutedText;
        s.nodeFill = nodeFill;
        s.nodeBorder = nodeBorder;
        s.shadow = shadow;
        s.link = link;
        s.linkProtected = linkProtected;
        s.badgeFill = badgeFill;
        s.badgeBorder = badgeBorder;
        s.badgeText = badgeText;
        s.platformLine = platformLine;
        s.selection = selection;
        s.highlight = highlight;
        s.pii = pii;
        s.gridDot = gridDot;
        s.markerText = markerText;
        s.domainTint = domainTint;
        s.domainBorderTint = domainBorderTint;
        s.domainTitleShade = domainTitleShade;
        s.chipTint = chipTint;
        s.solidChips = solidChips;
        s.kinds.putAll(kinds);
        s.severities.putAll(severities);
        s.domainHues = domainHues;
        return s;
    }

    private static List<Colour> hues(String... hex) {
        return java.util.Arrays.stream(hex).map(Colour::hex).toList();
    }

    /** {@code light}, {@code dark} or {@code high-contrast}. */
    public String name() {
        return name;
    }

    // ---- sizes -------------------------------------------------------------------------

    /** Width of every node card. */
    public double nodeWidth() {
        return nodeWidth;
    }

    public double nodeHeight() {
        return nodeHeight;
    }

    public double nodeRadius() {
        return nodeRadius;
    }

    /** The square at the left of a card that holds the kind icon. */
    public double chipSize() {
        return chipSize;
    }

    /** Space between a computed domain's border and its nodes. */
    public double domainPadding() {
        return domainPadding;
    }

    /** Height of the band at the top of a domain that holds its title. */
    public double domainTitleBand() {
        return domainTitleBand;
    }

    public double domainRadius() {
        return domainRadius;
    }

    /** Spacing of the background grid and of snapping. */
    public double gridSize() {
        return gridSize;
    }

    /** Horizontal space between automatically placed nodes. */
    public double placementGapX() {
        return placementGapX;
    }

    public double placementGapY() {
        return placementGapY;
    }

    public double linkWidth() {
        return linkWidth;
    }

    public double arrowLength() {
        return arrowLength;
    }

    public double arrowWidth() {
        return arrowWidth;
    }

    /** Width of card and domain borders. */
    public double borderWidth() {
        return borderWidth;
    }

    // ---- fonts -------------------------------------------------------------------------

    public List<String> fontFamilies() {
        return fontFamilies;
    }

    /** A node's name: semibold. */
    public TextStyle nodeNameFont() {
        return new TextStyle(fontFamilies, 13, 600);
    }

    /** A node's kind line: small capitals, semibold, grey. */
    public TextStyle nodeKindFont() {
        return new TextStyle(fontFamilies, 8.5, 600);
    }

    public TextStyle domainTitleFont() {
        return new TextStyle(fontFamilies, 15, 700);
    }

    public TextStyle domainOwnerFont() {
        return new TextStyle(fontFamilies, 11, 400);
    }

    /** Contract badges and small tags. */
    public TextStyle badgeFont() {
        return new TextStyle(fontFamilies, 9, 600);
    }

    /** The "!" of a finding marker. */
    public TextStyle markerFont() {
        return new TextStyle(fontFamilies, 11, 800);
    }

    // ---- colours -----------------------------------------------------------------------

    public Colour background() {
        return background;
    }

    public Colour text() {
        return text;
    }

    public Colour mutedText() {
        return mutedText;
    }

    public Colour nodeFill() {
        return nodeFill;
    }

    public Colour nodeBorder() {
        return nodeBorder;
    }

    /** The soft shadow under cards (transparent where there is none). */
    public Colour shadow() {
        return shadow;
    }

    public Colour link() {
        return link;
    }

    /** Links that remove personal data on the way: their lock badge. */
    public Colour linkProtected() {
        return linkProtected;
    }

    public Colour badgeFill() {
        return badgeFill;
    }

    public Colour badgeBorder() {
        return badgeBorder;
    }

    public Colour badgeText() {
        return badgeText;
    }

    /** The dashed line from a domain to its platform. */
    public Colour platformLine() {
        return platformLine;
    }

    /** Outline of selected elements, rubber band and new links. */
    public Colour selection() {
        return selection;
    }

    /** Halo of highlighted elements (search hits, a finding's elements). */
    public Colour highlight() {
        return highlight;
    }

    /** The tag on nodes that hold personal data. */
    public Colour pii() {
        return pii;
    }

    public Colour gridDot() {
        return gridDot;
    }

    /** The "!" inside a finding marker. */
    public Colour markerText() {
        return markerText;
    }

    /** The accent colour of a node kind. */
    public Colour kindColour(NodeKind kind) {
        return kinds.get(kind);
    }

    /** The chip behind a kind's icon: a pale tint of its colour, or the colour itself in high contrast. */
    public Colour chipFill(NodeKind kind) {
        return solidChips ? kindColour(kind) : nodeFill.mix(kindColour(kind), chipTint);
    }

    /** The icon on a kind's chip. */
    public Colour chipIcon(NodeKind kind) {
        return solidChips ? nodeFill : kindColour(kind);
    }

    public Colour severity(Severity severity) {
        return severities.get(severity);
    }

    /** The number of domain hues before they repeat. */
    public int domainHueCount() {
        return domainHues.size();
    }

    /** The tinted, opaque fill of the {@code index}-th domain. */
    public Colour domainFill(int index) {
        return background.mix(hue(index), domainTint).withAlpha(1);
    }

    public Colour domainBorder(int index) {
        return background.mix(hue(index), domainBorderTint).withAlpha(1);
    }

    /** The domain's title: its hue, darkened (light themes) or lightened (dark themes). */
    public Colour domainTitle(int index) {
        Colour hue = hue(index);
        return domainTitleShade >= 0 ? hue.mix(text, domainTitleShade) : hue.mix(Colour.WHITE, -domainTitleShade);
    }

    private Colour hue(int index) {
        return domainHues.get(Math.floorMod(index, domainHues.size()));
    }

    /** A kind in words, as people read it: {@code data product}, {@code source system}, ... */
    public static String kindLabel(NodeKind kind) {
        return kind.keyword().replace('-', ' ').toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "DiagramStyle[" + name + "]";
    }
}
