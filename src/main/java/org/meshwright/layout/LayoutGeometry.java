package org.meshwright.layout;

/**
 * The sizes a layout works with, in diagram units. The defaults match the diagram's light
 * style (cards of 180 by 56, a title band of 40 on each domain) and the editor's snapping grid
 * of 10, so that laid-out positions are positions a user could have dragged to.
 *
 * @param nodeWidth       width of a node's card
 * @param nodeHeight      height of a node's card
 * @param grid            every coordinate and size is a multiple of this
 * @param domainInset     space between a domain's border and its nodes on the left, right and bottom
 * @param domainTitle     space above a domain's nodes for its title band (includes the inset)
 * @param nodeGap         vertical space between two cards of one column
 * @param columnGap       horizontal space between two columns of a domain
 * @param groupGap        vertical space between two rows of domains, and the least space kept around a
 *                        block placed among others
 * @param groupColumnGap  horizontal space between the drawing and a block of new nodes placed beside it
 */
public record LayoutGeometry(double nodeWidth, double nodeHeight, double grid, double domainInset,
                             double domainTitle, double nodeGap, double columnGap, double groupGap,
                             double groupColumnGap) {

    public LayoutGeometry {
        if (!(nodeWidth > 0 && nodeHeight > 0 && grid > 0)) {
            throw new IllegalArgumentException("node size and grid must be positive");
        }
        if (!(domainInset >= 0 && domainTitle >= 0 && nodeGap > 0 && columnGap > 0 && groupGap > 0
                && groupColumnGap > 0)) {
            throw new IllegalArgumentException("gaps must be positive and insets not negative");
        }
    }

    /** Cards of 180 by 56 on a grid of 10, as the editor draws and snaps them. */
    public static LayoutGeometry defaults() {
        return new LayoutGeometry(180, 56, 10, 30, 70, 40, 100, 60, 140);
    }

    /** The same gaps with cards of another size, e.g. a style's. */
    public LayoutGeometry withNodeSize(double width, double height) {
        return new LayoutGeometry(width, height, grid, domainInset, domainTitle, nodeGap, columnGap, groupGap,
                groupColumnGap);
    }

    /** {@code v} rounded to the nearest multiple of the grid. */
    double snap(double v) {
        return Math.round(v / grid) * grid;
    }

    /** {@code v} rounded up to a multiple of the grid. */
    double snapUp(double v) {
        return Math.ceil(v / grid - 1e-9) * grid;
    }
}
