package org.meshwright.diagram;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.meshwright.model.ElementRef;
import org.meshwright.rules.Severity;

/**
 * What the {@link DiagramPainter} draws besides the scene itself: the selection, finding
 * markers, dimmed and highlighted elements, the element under the mouse, and the feedback
 * of gestures in progress (rubber band, a link being drawn). Immutable; change it with the
 * {@code with...} methods.
 *
 * @param selected          elements drawn with the selection outline
 * @param markers           a finding marker per element, in the colour of its severity
 * @param dimmed            elements drawn faint (e.g. outside a filter)
 * @param highlighted       elements drawn with a halo (search hits, a finding's elements)
 * @param showMarkers       whether {@code markers} are drawn
 * @param rubberBand        the rectangle of a rubber-band selection, or {@code null}
 * @param rubberLink        the points of a link being drawn (provider border first, mouse last), or empty
 * @param hovered           the element under the mouse, or {@code null}
 * @param showGrid          whether the background grid is drawn (zoomed in far enough)
 * @param showContracts     whether links carry a badge with their contract id (full detail only)
 * @param showPlatformLines whether every domain's line to its platform is drawn; otherwise only
 *                          those of selected, highlighted or hovered domains and platforms
 * @param complete          whether every link is stroked in full however many are in view (an
 *                          export); otherwise a view crossed by many links cuts far-reaching ones to
 *                          stubs and strokes a bounded number of hops, as a screen needs
 */
public record PaintOptions(Set<ElementRef> selected, Map<ElementRef, Severity> markers, Set<ElementRef> dimmed,
                           Set<ElementRef> highlighted, boolean showMarkers, Rect rubberBand, List<P> rubberLink,
                           ElementRef hovered, boolean showGrid, boolean showContracts,
                           boolean showPlatformLines, boolean complete) {

    /** Nothing selected, no markers, no grid; contracts shown, platform lines on selection only. */
    public static final PaintOptions DEFAULT = new PaintOptions(Set.of(), Map.of(), Set.of(), Set.of(), true, null,
            List.of(), null, false, true, false, false);

    public PaintOptions {
        selected = Set.copyOf(selected);
        markers = Map.copyOf(markers);
        dimmed = Set.copyOf(dimmed);
        highlighted = Set.copyOf(highlighted);
        rubberLink = rubberLink == null ? List.of() : List.copyOf(rubberLink);
    }

    public PaintOptions withSelected(Set<ElementRef> v) {
        return new PaintOptions(v, markers, dimmed, highlighted, showMarkers, rubberBand, rubberLink, hovered,
                showGrid, showContracts, showPlatformLines, complete);
    }

    public PaintOptions withMarkers(Map<ElementRef, Severity> v) {
        return new PaintOptions(selected, v, dimmed, highlighted, showMarkers, rubberBand, rubberLink, hovered,
                showGrid, showContracts, showPlatformLines, complete);
    }

    public PaintOptions withDimmed(Set<ElementRef> v) {
        return new PaintOptions(selected, markers, v, highlighted, showMarkers, rubberBand, rubberLink, hovered,
                showGrid, showContracts, showPlatformLines, complete);
    }

    public PaintOptions withHighlighted(Set<ElementRef> v) {
        return new PaintOptions(selected, markers, dimmed, v, showMarkers, rubberBand, rubberLink, hovered,
                showGrid, showContracts, showPlatformLines, complete);
    }

    public PaintOptions withShowMarkers(boolean v) {
        return new PaintOptions(selected, markers, dimmed, highlighted, v, rubberBand, rubberLink, hovered,
                showGrid, showContracts, showPlatformLines, complete);
    }

    public PaintOptions withRubberBand(Rect v) {
        return new PaintOptions(selected, markers, dimmed, highlighted, showMarkers, v, rubberLink, hovered,
                showGrid, showContracts, showPlatformLines, complete);
    }

    public PaintOptions withRubberLink(List<P> v) {
        return new PaintOptions(selected, markers, dimmed, highlighted, showMarkers, rubberBand, v, hovered,
                showGrid, showContracts, showPlatformLines, complete);
    }

    public PaintOptions withHovered(ElementRef v) {
        return new PaintOptions(selected, markers, dimmed, highlighted, showMarkers, rubberBand, rubberLink, v,
                showGrid, showContracts, showPlatformLines, complete);
    }

    public PaintOptions withShowGrid(boolean v) {
        return new PaintOptions(selected, markers, dimmed, highlighted, showMarkers, rubberBand, rubberLink, hovered,
                v, showContracts, showPlatformLines, complete);
    }

    public PaintOptions withShowContracts(boolean v) {
        return new PaintOptions(selected, markers, dimmed, highlighted, showMarkers, rubberBand, rubberLink, hovered,
                showGrid, v, showPlatformLines, complete);
    }

    public PaintOptions withShowPlatformLines(boolean v) {
        return new PaintOptions(selected, markers, dimmed, highlighted, showMarkers, rubberBand, rubberLink, hovered,
                showGrid, showContracts, v, complete);
    }

    public PaintOptions withComplete(boolean v) {
        return new PaintOptions(selected, markers, dimmed, highlighted, showMarkers, rubberBand, rubberLink, hovered,
                showGrid, showContracts, showPlatformLines, v);
    }
}
