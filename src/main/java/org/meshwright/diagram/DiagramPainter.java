package org.meshwright.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.meshwright.model.AccessMode;
import org.meshwright.model.ElementRef;
import org.meshwright.model.LinkStatus;
import org.meshwright.model.NodeKind;
import org.meshwright.model.NodeStatus;
import org.meshwright.rules.Severity;

/**
 * Draws a {@link DiagramScene} on any {@link Painter}: the one drawing routine behind the
 * canvas, the SVG and the PNG. Only what meets the viewport is drawn, at a level of detail
 * that fits the scale (see {@link Detail}), which keeps 10,000 nodes fluid.
 *
 * <p>Visual language: domains are softly tinted rounded frames with their title; nodes are
 * white cards with a chip in their kind's colour holding the kind's icon, the name in
 * semibold and the kind (for data products the archetype) in small grey capitals; a rose
 * "PII" tab marks nodes with personal data. Links run under the cards in a light grey, the
 * access mode told by the line (batch solid, stream long dashes, virtualized dotted, api
 * dash-dot), an arrowhead at the consumer, a pill with the contract id, a padlock where
 * personal data is removed on the way. Proposed links and nodes are drawn faint or dashed.
 * Findings are small circles with "!" in the colour of their severity at an element's
 * top-right corner (a link's middle). Selection is an outline in the accent colour.
 */
public final class DiagramPainter {

    /** The characters of a name or owner a card or domain title measures and draws at most. */
    static final int DRAWABLE_CHARS = 240;

    /** How much is drawn, chosen by the scale. */
    public enum Detail {
        /** Icons, names, kind lines, badges, arrowheads, markers: at 70 % and above. */
        FULL,
        /** Cards with icon and a larger name, links with arrowheads, markers: from 30 %. */
        MEDIUM,
        /** Domain frames and titles, nodes as small coloured cards, thin or summed links, markers: from 12 %. */
        FAR,
        /** Frames and coloured rectangles, summed links, markers; no text at all: below 12 %. */
        OVERVIEW
    }

    /** The least scale of {@link Detail#FULL}. */
    public static final double FULL_SCALE = 0.7;
    /** The least scale of {@link Detail#MEDIUM}: below it, cards show no names. */
    public static final double MEDIUM_SCALE = 0.3;
    /** The least scale of {@link Detail#FAR}: below it, nothing is written. */
    public static final double FAR_SCALE = 0.12;
    /** At far zoom, up to this many visible links are drawn one by one; more are summed per pair of domains. */
    static final int FAR_LINK_LIMIT = 400;
    /**
     * Above this many links in view, a hop with neither end in view is left out and a hop
     * with one end in view is drawn as a stub near that end: long strokes are what the
     * software renderer pays for, and a view crossed by hundreds of lines shows nothing.
     */
    static final int LINK_BUDGET = 300;
    /** In a busy view, at most this many hops (whole or stubs) are stroked; the rest are left out. */
    static final int BUSY_HOP_BUDGET = 600;
    /** At most this many summed links are drawn at far zoom, the strongest first. */
    static final int FLOW_BUDGET = 200;
    /** Length of a stub, in pixels. */
    private static final double STUB_PX = 90;

    private static final double DIM = 0.22;
    /** Below this many pixels a node's chip gives way to a plain colour bar. */
    private static final double CHIP_MIN_PX = 19;
    private static final double MARKER_RADIUS = 9;
    /** Where along a link's longest hop its badge may sit, in order of preference. */
    private static final double[] BADGE_PLACES = {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78};
    private static final double MARKER_MIN_PX = 7;

    /** The level of detail at {@code scale}. */
    public static Detail detail(double scale) {
        if (scale >= FULL_SCALE) {
            return Detail.FULL;
        }
        if (scale >= MEDIUM_SCALE) {
            return Detail.MEDIUM;
        }
        return scale >= FAR_SCALE ? Detail.FAR : Detail.OVERVIEW;
    }

    /** Paints the part of {@code scene} that {@code viewport} shows, with {@code options}. */
    public void paint(DiagramScene scene, Painter painter, Viewport viewport, PaintOptions options) {
        new Pass(scene, painter, viewport, options).run();
    }

    /** The element whose finding marker is drawn at the point (diagram units), if any. */
    public static Optional<ElementRef> markerAt(DiagramScene scene, PaintOptions options, double x, double y,
                                                double scale) {
        if (!options.showMarkers()) {
            return Optional.empty();
        }
        double r = markerRadius(scale) + 1 / scale;
        ElementRef best = null;
        for (ElementRef ref : options.markers().keySet()) {
            P c = markerCenter(scene, ref);
            if (c != null && c.distance(new P(x, y)) <= r) {
                // Nodes win over links and domains, as they are drawn last.
                if (best == null || rank(ref) > rank(best)) {
                    best = ref;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static int rank(ElementRef ref) {
        return switch (ref.kind()) {
            case NODE -> 3;
            case LINK -> 2;
            default -> 1;
        };
    }

    /** Where the finding marker of {@code ref} sits: a box's top-right corner, a link's middle; else {@code null}. */
    public static P markerCenter(DiagramScene scene, ElementRef ref) {
        switch (ref.kind()) {
            case NODE -> {
                DiagramScene.NodeBox n = scene.node(ref.id());
                return n == null ? null : new P(n.bounds().maxX() - 2, n.bounds().y() + 2);
            }
            case DOMAIN -> {
                DiagramScene.DomainBox d = scene.domain(ref.id());
                return d == null ? null : new P(d.bounds().maxX() - 4, d.bounds().y() + 4);
            }
            case LINK -> {
                DiagramScene.LinkRoute l = scene.link(ref.id());
                return l == null ? null : Routing.linkMarkerCenter(scene, l, MARKER_RADIUS, BADGE_PLACES);
            }
            default -> {
                return null;
            }
        }
    }

    static double markerRadius(double scale) {
        return Math.max(MARKER_RADIUS, MARKER_MIN_PX / scale);
    }

    /**
     * The grey capitals under a node's name: a data product's archetype ("AGGREGATE"; the
     * cube icon says it is a product), else the kind ("SOURCE SYSTEM").
     */
    public static String kindLine(DiagramScene.NodeBox node) {
        String s = node.kind() == NodeKind.DATA_PRODUCT && node.archetype() != null
                ? node.archetype().keyword()
                : DiagramStyle.kindLabel(node.kind());
        return s.toUpperCase(Locale.ROOT);
    }

    /** The dash pattern of an access mode at line width {@code w}: empty for solid. */
    static double[] dashes(AccessMode mode, double w) {
        return switch (mode) {
            case BATCH -> new double[0];
            case STREAM -> new double[] {7 * w, 4 * w};
            case VIRTUALIZED -> new double[] {0.01, 3 * w};
            case API -> new double[] {7 * w, 3 * w, 0.01, 3 * w};
        };
    }

    /** One painting: the scene, the surface and what is shown, with the helpers that need them. */
    private static final class Pass {
        final DiagramScene scene;
        final DiagramStyle s;
        final Painter p;
        final Rect area;
        final double scale;
        final Detail detail;
        final PaintOptions o;
        final TextMetrics metrics;
        /** Whether so many links are in view that far-reaching hops are cut to stubs. */
        boolean busy;
        /** Hops a busy view may still stroke. */
        int hopBudget = BUSY_HOP_BUDGET;

        Pass(DiagramScene scene, Painter p, Viewport viewport, PaintOptions o) {
            this.scene = scene;
            this.s = scene.style();
            this.p = p;
            this.area = viewport.visibleArea();
            this.scale = viewport.scale();
            this.detail = detail(scale);
            this.o = o;
            this.metrics = p.textMetrics();
        }

        /** {@code n} screen pixels in diagram units. */
        double px(double n) {
            return n / scale;
        }

        void run() {
            p.save();
            p.scale(scale);
            p.translate(-area.x(), -area.y());
            p.fillRect(area, s.background());
            if (o.showGrid()) {
                grid();
            }
            DiagramScene.Visible v = scene.visible(area.inflate(Math.max(px(24), 40)));
            for (DiagramScene.DomainBox d : v.domains()) {
                domain(d);
            }
            platformLines(v.platformLines());
            links(v.links());
            for (DiagramScene.NodeBox n : v.nodes()) {
                node(n);
            }
            if (o.showMarkers()) {
                markers();
            }
            gestures();
            p.restore();
        }

        // ---- background ----------------------------------------------------------------

        void grid() {
            double step = s.gridSize();
            while (step * scale < 14) {
                step *= 5;
            }
            if (step * scale > 400) {
                return;
            }
            double dot = px(1.6);
            double x0 = Math.floor(area.x() / step) * step;
            double y0 = Math.floor(area.y() / step) * step;
            for (double y = y0; y <= area.maxY(); y += step) {
                for (double x = x0; x <= area.maxX(); x += step) {
                    p.fillRect(new Rect(x - dot / 2, y - dot / 2, dot, dot), s.gridDot());
                }
            }
        }

        // ---- domains -------------------------------------------------------------------

        void domain(DiagramScene.DomainBox d) {
            ElementRef ref = d.ref();
            Rect b = d.bounds();
            p.beginGroup("domain-" + d.id(), d.label() + " (" + d.id() + ")");
            p.save();
            if (o.dimmed().contains(ref)) {
                p.setOpacity(DIM);
            }
            double radius = Math.min(s.domainRadius(), Math.min(b.width(), b.height()) / 2);
            if (o.highlighted().contains(ref)) {
                p.fillRoundRect(b.inflate(px(6)), radius + px(6), s.highlight().withAlpha(0.28));
            }
            p.fillRoundRect(b, radius, s.domainFill(d.colourIndex()));
            double bw = Math.max(s.borderWidth(), px(1));
            Stroke border = d.declared() ? Stroke.solid(s.domainBorder(d.colourIndex()), bw)
                    : Stroke.dashed(s.domainBorder(d.colourIndex()).mix(s.mutedText(), 0.4), bw, 6 * bw, 4 * bw);
            p.strokeRoundRect(b, radius, border);
            if (o.selected().contains(ref)) {
                p.strokeRoundRect(b, radius, Stroke.solid(s.selection(), Math.max(2, px(2))));
            } else if (ref.equals(o.hovered())) {
                p.strokeRoundRect(b, radius, Stroke.solid(s.selection().withAlpha(0.5), Math.max(1.5, px(1.5))));
            }
            if (detail != Detail.OVERVIEW) {
                domainTitle(d, b);
            }
            p.restore();
            p.endGroup();
        }

        void domainTitle(DiagramScene.DomainBox d, Rect b) {
            TextStyle font = s.domainTitleFont();
            double size = Math.max(font.size(), px(12));
            if (detail != Detail.FAR) {
                size = Math.min(size, 40);
            }
            font = font.withSize(size);
            double inset = Math.max(16, px(10));
            double maxWidth = b.width() - 2 * inset;
            if (maxWidth < size * 2) {
                return;
            }
            String title = metrics.fit(drawable(d.label()), font, maxWidth);
            if (title.isEmpty()) {
                return;
            }
            double top = Math.max(12, px(8));
            double baseline = b.y() + top + size * 0.8;
            Colour colour = s.domainTitle(d.colourIndex());
            if (size > s.domainTitleBand() * 0.6) {
                // Larger than the band: the title may cross the cards, so it gets a backing.
                double tw = metrics.width(title, font);
                Rect pill = new Rect(b.x() + inset - size * 0.35, b.y() + top - size * 0.15, tw + size * 0.7,
                        size * 1.3);
                p.fillRoundRect(pill, size * 0.3, s.domainFill(d.colourIndex()).withAlpha(0.9));
            }
            p.text(title, b.x() + inset, baseline, font, colour, TextAlign.LEFT);
            if (detail == Detail.FULL && d.owner() != null) {
                double tw = metrics.width(title, font);
                TextStyle ownerFont = s.domainOwnerFont();
                double room = maxWidth - tw - 12;
                if (room > 40) {
                    p.text(drawable(d.owner()), b.x() + inset + tw + 12, baseline, ownerFont, s.mutedText(), TextAlign.LEFT,
                            room);
                }
            }
        }

        void platformLines(List<DiagramScene.PlatformLine> lines) {
            if (detail == Detail.OVERVIEW) {
                return;
            }
            for (DiagramScene.PlatformLine l : lines) {
                ElementRef domain = ElementRef.domain(l.domainId());
                ElementRef platform = ElementRef.node(l.platformId());
                boolean related = isEmphasised(domain) || isEmphasised(platform);
                if (!o.showPlatformLines() && !related) {
                    continue;
                }
                double w = Math.max(1.25, px(1));
                Colour c = related ? s.platformLine().withAlpha(Math.min(1, s.platformLine().alpha() + 0.3))
                        : s.platformLine();
                p.line(l.a().x(), l.a().y(), l.b().x(), l.b().y(), Stroke.dashed(c, w, 5 * w, 4 * w));
                double r = Math.max(3, px(2.5));
                p.fillOval(new Rect(l.a().x() - r, l.a().y() - r, 2 * r, 2 * r), c);
            }
        }

        boolean isEmphasised(ElementRef ref) {
            return o.selected().contains(ref) || o.highlighted().contains(ref) || ref.equals(o.hovered());
        }

        // ---- links ---------------------------------------------------------------------

        void links(List<DiagramScene.LinkRoute> visible) {
            if (detail == Detail.OVERVIEW || detail == Detail.FAR && visible.size() > FAR_LINK_LIMIT) {
                flows();
                return;
            }
            busy = !o.complete() && visible.size() > LINK_BUDGET;
            List<DiagramScene.LinkRoute> onTop = new ArrayList<>();
            List<DiagramScene.LinkRoute> reaching = new ArrayList<>();
            Rect clip = area.inflate(px(40));
            for (DiagramScene.LinkRoute l : visible) {
                if (!l.intersects(area)) {
                    continue;
                }
                if (isEmphasised(l.ref())) {
                    onTop.add(l);
                } else if (busy && !clip.contains(l.bounds())) {
                    reaching.add(l); // in a busy view, links wholly in view come first
                } else {
                    link(l);
                }
            }
            for (DiagramScene.LinkRoute l : reaching) {
                link(l);
            }
            busy = false;
            for (DiagramScene.LinkRoute l : onTop) {
                link(l);
            }
            if (detail == Detail.FULL) {
                Placed placed = new Placed();
                if (o.showMarkers()) {
                    double r = markerRadius(scale);
                    for (ElementRef ref : o.markers().keySet()) {
                        P c = ref.kind() == org.meshwright.model.ElementKind.LINK ? markerCenter(scene, ref) : null;
                        if (c != null) {
                            placed.add(new Rect(c.x() - r, c.y() - r, 2 * r, 2 * r));
                        }
                    }
                }
                for (DiagramScene.LinkRoute l : visible) {
                    badges(l, placed);
                }
            }
        }

        void link(DiagramScene.LinkRoute l) {
            ElementRef ref = l.ref();
            p.beginGroup("link-" + l.linkId(), l.from() + " \u2192 " + l.to() + " (" + l.linkId() + ")");
            p.save();
            double opacity = l.status() == LinkStatus.PROPOSED ? 0.6 : l.status() == LinkStatus.DEPRECATED ? 0.4 : 1;
            if (o.dimmed().contains(ref)) {
                opacity *= DIM;
            }
            if (opacity < 1) {
                p.setOpacity(opacity);
            }
            boolean selected = o.selected().contains(ref);
            boolean highlighted = o.highlighted().contains(ref);
            boolean hovered = ref.equals(o.hovered());
            Colour colour = selected || hovered ? s.selection() : highlighted ? s.highlight() : s.link();
            if (detail == Detail.FAR) {
                Stroke thin = Stroke.solid(colour.withAlpha(0.7), Math.max(s.linkWidth() * 0.6, px(0.8)));
                for (Hop h : l.hops()) {
                    p.line(h.start().x(), h.start().y(), h.end().x(), h.end().y(), thin);
                }
            } else {
                double w = s.linkWidth() * (selected || highlighted ? 1.7 : hovered ? 1.4 : 1);
                w = Math.max(w, px(selected || highlighted ? 2 : 1));
                double arrow = arrowLength(w);
                if (highlighted && !selected) {
                    strokeHops(l, 0, Stroke.solid(s.highlight().withAlpha(0.3), w * 3.2));
                }
                boolean lastDrawn = strokeHops(l, arrow * 0.7, new Stroke(colour, w, dashes(l.mode(), w), true));
                Hop last = l.hops().get(l.hops().size() - 1);
                if (lastDrawn && area.inflate(arrow).contains(last.end())) {
                    arrowHead(last, colour, arrow, w);
                }
            }
            p.restore();
            p.endGroup();
        }

        double arrowLength(double lineWidth) {
            return Math.max(s.arrowLength(), lineWidth * 4.5);
        }

        /**
         * Strokes each hop, the last one stopping {@code shorten} units early (under the
         * arrowhead). A hop reaching far outside the view is cut to the part in view, its
         * dashes kept in step, so that the renderer never walks miles of dashes nobody sees.
         */
        boolean strokeHops(DiagramScene.LinkRoute l, double shorten, Stroke stroke) {
            Rect clip = area.inflate(px(40));
            List<Hop> hops = l.hops();
            boolean lastDrawn = false;
            for (int i = 0; i < hops.size(); i++) {
                lastDrawn = false;
                Hop h = hops.get(i);
                if (i == hops.size() - 1 && shorten > 0) {
                    P dir = h.endDirection();
                    h = new Hop(h.start(), h.c1(), h.c2(), h.end().translate(-dir.x() * shorten, -dir.y() * shorten));
                }
                if (busy && hopBudget-- <= 0) {
                    return false;
                }
                double offset = 0;
                if (!clip.contains(h.bounds())) {
                    double[] range = busy ? stubRange(h, clip) : Routing.visibleRange(h, clip);
                    if (range == null) {
                        continue;
                    }
                    if (stroke.isDashed() && range[0] > 0) {
                        offset = Routing.length(h, range[0]);
                    }
                    h = h.between(range[0], range[1]);
                }
                PathData path = PathData.builder().moveTo(h.start().x(), h.start().y())
                        .cubicTo(h.c1().x(), h.c1().y(), h.c2().x(), h.c2().y(), h.end().x(), h.end().y()).build();
                p.strokePath(path, offset == 0 ? stroke : stroke.withDashOffset(offset));
                lastDrawn = true;
            }
            return lastDrawn;
        }

        /** For a busy view: the whole hop if both ends are in view, a stub at the end in view, else nothing. */
        double[] stubRange(Hop h, Rect clip) {
            boolean startIn = clip.contains(h.start());
            boolean endIn = clip.contains(h.end());
            if (startIn && endIn) {
                return Routing.visibleRange(h, clip);
            }
            if (!startIn && !endIn) {
                return null;
            }
            double reach = px(STUB_PX);
            int steps = Routing.CLIP_STEPS;
            double[] xy = h.flatten(steps);
            P anchor = startIn ? h.start() : h.end();
            int k = 0;
            while (k < steps) {
                int i = startIn ? k + 1 : steps - k - 1;
                if (Math.hypot(xy[2 * i] - anchor.x(), xy[2 * i + 1] - anchor.y()) >= reach) {
                    break;
                }
                k++;
            }
            double t = (k + 1) / (double) steps;
            return startIn ? new double[] {0, Math.min(1, t)} : new double[] {Math.max(0, 1 - t), 1};
        }

        void arrowHead(Hop last, Colour colour, double length, double lineWidth) {
            P tip = last.end();
            P dir = last.endDirection();
            double half = Math.max(s.arrowWidth(), lineWidth * 4) / 2;
            P base = tip.translate(-dir.x() * length, -dir.y() * length);
            P notch = tip.translate(-dir.x() * length * 0.72, -dir.y() * length * 0.72);
            p.fillPolygon(List.of(tip, base.translate(-dir.y() * half, dir.x() * half), notch,
                    base.translate(dir.y() * half, -dir.x() * half)), colour);
        }

        /**
         * The contract pill (with a padlock on protected links) at the middle of the link's
         * longest hop, or a little along it where the middle would cover a card or another
         * badge; a contract pill that finds no free place is left out, a padlock never.
         */
        void badges(DiagramScene.LinkRoute l, Placed placed) {
            boolean contract = o.showContracts() && l.contractOrNull() != null;
            if (!contract && !l.protectedLink()) {
                return;
            }
            Hop hop = Routing.longestHop(l);
            double h = 15;
            double lock = l.protectedLink() ? 9 : 0;
            TextStyle font = s.badgeFont();
            String text = contract ? metrics.fit(l.contractOrNull(), font, 150) : "";
            double pad = 7;
            double width = contract ? metrics.width(text, font) + 2 * pad + (lock > 0 ? lock + 3 : 0) : 2 * h / 1.6;
            double height = contract ? h : width;
            Rect pill = null;
            for (double t : BADGE_PLACES) {
                P at = hop.at(t);
                Rect candidate = new Rect(at.x() - width / 2, at.y() - height / 2, width, height);
                if (free(candidate, placed)) {
                    pill = candidate;
                    break;
                }
            }
            if (pill == null) {
                if (!l.protectedLink()) {
                    return;
                }
                contract = false;
                width = height = 2 * h / 1.6;
                P at = hop.at(0.5);
                pill = new Rect(at.x() - width / 2, at.y() - height / 2, width, height);
            }
            if (!pill.intersects(area)) {
                return;
            }
            placed.add(pill);
            p.save();
            if (o.dimmed().contains(l.ref())) {
                p.setOpacity(DIM);
            }
            Colour border = l.protectedLink() ? s.linkProtected().withAlpha(0.5) : s.badgeBorder();
            P c = pill.center();
            if (contract) {
                p.fillRoundRect(pill, h / 2, s.badgeFill());
                p.strokeRoundRect(pill, h / 2, Stroke.solid(border, 1));
                double x = pill.x() + pad;
                if (lock > 0) {
                    p.icon(KindIcons.lock(), new Rect(x - 1, c.y() - lock / 2 - 0.5, lock, lock), s.linkProtected());
                    x += lock + 3;
                }
                p.text(text, x, c.y() + font.size() * 0.36, font, s.badgeText(), TextAlign.LEFT);
            } else {
                p.fillOval(pill, s.badgeFill());
                p.strokeOval(pill, Stroke.solid(border, 1));
                double icon = pill.width() * 0.6;
                p.icon(KindIcons.lock(), new Rect(c.x() - icon / 2, c.y() - icon / 2 - 0.5, icon, icon),
                        s.linkProtected());
            }
            p.restore();
        }

        boolean free(Rect candidate, Placed placed) {
            Rect around = candidate.inflate(4);
            return !placed.overlaps(around) && scene.nodesIn(around).isEmpty();
        }

        /** Links summed per pair of groups: one line each, thicker for more links. */
        void flows() {
            Colour c = s.link().withAlpha(0.35);
            List<DiagramScene.Flow> shown = new ArrayList<>();
            for (DiagramScene.Flow f : scene.flows()) {
                Rect a = scene.boundsOf(f.a());
                Rect b = scene.boundsOf(f.b());
                if (a != null && b != null && a.union(b).intersects(area)
                        && a.center().distance(b.center()) * scale >= 4) {
                    shown.add(f);
                }
            }
            if (shown.size() > FLOW_BUDGET) {
                // The strongest flows tell the story; ties keep the scene's order.
                shown.sort((x, y) -> Integer.compare(y.count(), x.count()));
                shown = shown.subList(0, FLOW_BUDGET);
            }
            for (DiagramScene.Flow f : shown) {
                Rect a = scene.boundsOf(f.a());
                Rect b = scene.boundsOf(f.b());
                P pa = Routing.border(a, b.center());
                P pb = Routing.border(b, a.center());
                double w = px(Math.min(0.6 + Math.log(f.count()) / Math.log(2) * 0.3, 2.5));
                p.line(pa.x(), pa.y(), pb.x(), pb.y(), Stroke.solid(c, w));
            }
        }

        // ---- nodes ---------------------------------------------------------------------

        void node(DiagramScene.NodeBox n) {
            ElementRef ref = n.ref();
            Rect b = n.bounds();
            p.beginGroup("node-" + n.id(), n.label() + " (" + n.id() + ")");
            p.save();
            double opacity = n.status() == NodeStatus.RETIRED ? 0.45 : n.status() == NodeStatus.DEPRECATED ? 0.6 : 1;
            if (o.dimmed().contains(ref)) {
                opacity *= DIM;
            }
            if (opacity < 1) {
                p.setOpacity(opacity);
            }
            boolean tentative = n.status() == NodeStatus.PROPOSED || n.status() == NodeStatus.DRAFT;
            double r = s.nodeRadius();
            if (o.highlighted().contains(ref)) {
                p.fillRoundRect(b.inflate(Math.max(6, px(5))), r + 6, s.highlight().withAlpha(0.35));
            }
            switch (detail) {
                case FULL, MEDIUM -> card(n, b, r, tentative);
                case FAR -> {
                    p.fillRoundRect(b, r, s.nodeFill());
                    p.strokeRoundRect(b, r, Stroke.solid(s.nodeBorder(), px(0.6)));
                    double c = b.height() - 12;
                    p.fillRoundRect(new Rect(b.x() + 6, b.y() + 6, c, c), 6, s.kindColour(n.kind()));
                }
                case OVERVIEW -> p.fillRect(b, s.kindColour(n.kind()));
            }
            if (o.selected().contains(ref)) {
                double gap = Math.max(3, px(2));
                p.strokeRoundRect(b.inflate(gap), r + gap, Stroke.solid(s.selection(), Math.max(2, px(2))));
            } else if (ref.equals(o.hovered())) {
                p.strokeRoundRect(b, r, Stroke.solid(s.selection().withAlpha(0.6), Math.max(1.5, px(1.5))));
            }
            p.restore();
            p.endGroup();
        }

        void card(DiagramScene.NodeBox n, Rect b, double r, boolean tentative) {
            if (detail == Detail.FULL && s.shadow().alpha() > 0) {
                p.fillRoundRect(b.translate(0, 3).inflate(1), r + 1, s.shadow().withAlpha(s.shadow().alpha() * 0.6));
                p.fillRoundRect(b.translate(0, 1), r, s.shadow());
            }
            p.fillRoundRect(b, r, s.nodeFill());
            double bw = Math.max(s.borderWidth(), px(0.8));
            Stroke border = tentative ? Stroke.dashed(s.mutedText(), bw * 1.2, 5, 3)
                    : Stroke.solid(s.nodeBorder(), bw);
            p.strokeRoundRect(b, r, border);

            double chip = s.chipSize();
            double inset = (b.height() - chip) / 2;
            double textX;
            if (chip * scale >= CHIP_MIN_PX) {
                Rect chipBox = new Rect(b.x() + inset + 1, b.y() + inset, chip, chip);
                p.fillRoundRect(chipBox, 8, s.chipFill(n.kind()));
                double icon = chip * 0.6;
                p.icon(KindIcons.pathData(n.kind()),
                        new Rect(chipBox.center().x() - icon / 2, chipBox.center().y() - icon / 2, icon, icon),
                        s.chipIcon(n.kind()));
                textX = chipBox.maxX() + 10;
            } else {
                // Too small for an icon to read: a bar in the kind's colour, and the room goes to the name.
                double barH = b.height() - 2 * inset;
                p.fillRoundRect(new Rect(b.x() + 9, b.y() + inset, 7, barH), 3.5, s.kindColour(n.kind()));
                textX = b.x() + 26;
            }
            double maxWidth = b.maxX() - 10 - textX;
            if (detail == Detail.FULL) {
                fullText(n, b, textX, maxWidth);
                if (n.pii()) {
                    piiTab(b);
                }
            } else {
                mediumText(n, b, textX, maxWidth);
            }
        }

        /**
         * A card shows two lines of a name at most: measuring a megabyte of right-to-left or
         * emoji text for them took a minute. Keep the start, which is all that can show.
         */
        static String drawable(String text) {
            if (text == null || text.length() <= DRAWABLE_CHARS) {
                return text;
            }
            int end = DRAWABLE_CHARS;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--; // never split a surrogate pair
            }
            return text.substring(0, end) + "\u2026";
        }

        /** Name (two lines where one is not enough) over the kind line, centred on the card. */
        void fullText(DiagramScene.NodeBox n, Rect b, double x, double maxWidth) {
            // Just above the threshold the text keeps the size it had at medium detail.
            TextStyle nameFont = s.nodeNameFont();
            nameFont = nameFont.withSize(Math.min(Math.max(nameFont.size(), px(10.5)), nameFont.size() * 1.2));
            TextStyle kindFont = s.nodeKindFont();
            kindFont = kindFont.withSize(Math.min(Math.max(kindFont.size(), px(6.5)), kindFont.size() * 1.15));
            String label = drawable(n.label());
            List<String> lines = List.of(label);
            if (metrics.width(label, nameFont) > maxWidth) {
                nameFont = nameFont.withSize(nameFont.size() - 1);
                lines = metrics.wrap(label, nameFont, maxWidth, 2);
            }
            double lineHeight = nameFont.size() * 1.2;
            double block = lines.size() * lineHeight + 2 + kindFont.size();
            double top = b.center().y() - block / 2;
            for (int i = 0; i < lines.size(); i++) {
                p.text(lines.get(i), x, top + i * lineHeight + nameFont.size() * 0.92, nameFont, s.text(),
                        TextAlign.LEFT);
            }
            p.text(kindLine(n), x, top + lines.size() * lineHeight + 2 + kindFont.size() * 0.8, kindFont,
                    s.mutedText(), TextAlign.LEFT, maxWidth);
        }

        /** The name alone, large enough to read at this zoom, on up to two lines. */
        void mediumText(DiagramScene.NodeBox n, Rect b, double x, double maxWidth) {
            TextStyle font = s.nodeNameFont();
            double size = Math.min(Math.max(font.size(), px(10.5)), b.height() * 0.4);
            font = font.withSize(size);
            List<String> lines = metrics.wrap(drawable(n.label()), font, maxWidth, 2);
            if (lines.isEmpty()) {
                return;
            }
            double lineHeight = size * 1.15;
            double top = b.center().y() - lines.size() * lineHeight / 2;
            for (int i = 0; i < lines.size(); i++) {
                p.text(lines.get(i), x, top + i * lineHeight + size * 0.9, font, s.text(), TextAlign.LEFT);
            }
        }

        /** A small rose tab on the card's top edge, right of centre: "PII". */
        void piiTab(Rect b) {
            TextStyle font = s.badgeFont().withSize(7.5).withWeight(700);
            double tw = metrics.width("PII", font);
            double w = tw + 10;
            double h = 13;
            Rect tab = new Rect(b.maxX() - 22 - w, b.y() - h / 2, w, h);
            p.fillRoundRect(tab, h / 2, s.pii());
            p.text("PII", tab.center().x(), tab.center().y() + font.size() * 0.36, font, s.nodeFill(),
                    TextAlign.CENTER);
        }

        // ---- findings and gestures ------------------------------------------------------

        void markers() {
            double r = markerRadius(scale);
            // Domains first, then links, then nodes: the order they are drawn in.
            for (int pass = 1; pass <= 3; pass++) {
                for (Map.Entry<ElementRef, Severity> e : o.markers().entrySet()) {
                    if (rank(e.getKey()) != pass) {
                        continue;
                    }
                    P c = markerCenter(scene, e.getKey());
                    if (c == null || !area.inflate(r).contains(c)) {
                        continue;
                    }
                    marker(c, r, s.severity(e.getValue()), o.dimmed().contains(e.getKey()));
                }
            }
        }

        void marker(P c, double r, Colour colour, boolean dimmed) {
            p.save();
            if (dimmed) {
                p.setOpacity(0.5);
            }
            double ring = r * 0.2;
            p.fillOval(new Rect(c.x() - r - ring, c.y() - r - ring, 2 * (r + ring), 2 * (r + ring)), s.nodeFill());
            p.fillOval(new Rect(c.x() - r, c.y() - r, 2 * r, 2 * r), colour);
            if (detail != Detail.OVERVIEW) {
                TextStyle font = s.markerFont().withSize(r * 1.3);
                p.text("!", c.x(), c.y() + r * 0.45, font, s.markerText(), TextAlign.CENTER);
            }
            p.restore();
        }

        void gestures() {
            Rect band = o.rubberBand();
            if (band != null) {
                p.fillRect(band, s.selection().withAlpha(0.08));
                p.strokeRoundRect(band, 0, Stroke.solid(s.selection().withAlpha(0.8), px(1)));
            }
            List<P> line = o.rubberLink();
            if (line.size() >= 2) {
                double w = Math.max(2, px(2));
                p.polyline(line, Stroke.dashed(s.selection(), w, 3 * w, 2 * w));
                P a = line.get(line.size() - 2);
                P b = line.get(line.size() - 1);
                double len = a.distance(b);
                if (len > 0) {
                    P dir = new P((b.x() - a.x()) / len, (b.y() - a.y()) / len);
                    arrowHead(new Hop(a, a, b.translate(-dir.x(), -dir.y()), b), s.selection(), arrowLength(w), w);
                }
            }
        }
    }
}
