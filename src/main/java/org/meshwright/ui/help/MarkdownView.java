package org.meshwright.ui.help;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Markdown (CommonMark with GitHub tables) shown as JavaFX nodes: headings, paragraphs
 * with bold, italic, code and links, code blocks, lists, tables. Enough for the rule
 * reference; links call back with their destination, so the window decides where they go.
 */
public final class MarkdownView extends VBox {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private final Consumer<String> onLink;

    /** Renders {@code markdown}; a click on a link passes its destination to {@code onLink}. */
    public MarkdownView(String markdown, Consumer<String> onLink) {
        super(12);
        this.onLink = onLink;
        getStyleClass().add("markdown");
        org.commonmark.node.Node document = PARSER.parse(markdown);
        for (org.commonmark.node.Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            Node shown = block(block);
            if (shown != null) {
                getChildren().add(shown);
            }
        }
    }

    private Node block(org.commonmark.node.Node block) {
        if (block instanceof Heading h) {
            TextFlow flow = inlines(h, "md-heading-text");
            flow.getStyleClass().addAll("md-heading", "md-h" + h.getLevel());
            return flow;
        }
        if (block instanceof Paragraph p) {
            return inlines(p, null);
        }
        if (block instanceof FencedCodeBlock code) {
            return codeBlock(code.getLiteral());
        }
        if (block instanceof IndentedCodeBlock code) {
            return codeBlock(code.getLiteral());
        }
        if (block instanceof BulletList || block instanceof OrderedList) {
            return list(block);
        }
        if (block instanceof BlockQuote quote) {
            VBox box = new VBox(8);
            box.getStyleClass().add("md-quote");
            for (org.commonmark.node.Node c = quote.getFirstChild(); c != null; c = c.getNext()) {
                Node shown = block(c);
                if (shown != null) {
                    box.getChildren().add(shown);
                }
            }
            return box;
        }
        if (block instanceof TableBlock table) {
            return table(table);
        }
        if (block instanceof ThematicBreak) {
            return new Separator();
        }
        return null; // HTML blocks and link reference definitions have nothing to show
    }

    private Node codeBlock(String literal) {
        Label code = new Label(literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal);
        code.getStyleClass().add("md-code-block");
        code.setMaxWidth(Double.MAX_VALUE);
        code.setWrapText(false);
        return code;
    }

    private Node list(org.commonmark.node.Node list) {
        VBox box = new VBox(4);
        int number = list instanceof OrderedList ol && ol.getMarkerStartNumber() != null ? ol.getMarkerStartNumber() : 1;
        for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            Label bullet = new Label(list instanceof OrderedList ? number++ + "." : "\u2022");
            bullet.getStyleClass().add("md-bullet");
            bullet.setMinWidth(18);
            VBox content = new VBox(6);
            for (org.commonmark.node.Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                Node shown = block(c);
                if (shown != null) {
                    content.getChildren().add(shown);
                }
            }
            HBox.setHgrow(content, Priority.ALWAYS);
            box.getChildren().add(new HBox(4, bullet, content));
        }
        return box;
    }

    private Node table(TableBlock table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        int row = 0;
        for (org.commonmark.node.Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            boolean head = section instanceof TableHead;
            for (org.commonmark.node.Node r = section.getFirstChild(); r != null; r = r.getNext()) {
                if (!(r instanceof TableRow)) {
                    continue;
                }
                int column = 0;
                for (org.commonmark.node.Node cell = r.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        TextFlow flow = inlines(cell, head ? "md-strong" : null);
                        flow.getStyleClass().add(head ? "md-table-head" : "md-table-cell");
                        // short cells (ids, severities) keep their width; long ones wrap
                        if (textLength(flow) <= 32) {
                            flow.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                        }
                        grid.add(flow, column++, row);
                    }
                }
                row++;
            }
        }
        return grid;
    }

    private static int textLength(TextFlow flow) {
        return flow.getChildren().stream().mapToInt(n -> n instanceof Text t ? t.getText().length() : 0).sum();
    }

    /** The inline content of {@code parent} as one flow of text runs. */
    private TextFlow inlines(org.commonmark.node.Node parent, String baseClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("md-text");
        appendInlines(flow, parent, baseClass, null);
        return flow;
    }

    private void appendInlines(TextFlow flow, org.commonmark.node.Node parent, String style, String link) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) {
                flow.getChildren().add(run(t.getLiteral(), style, link));
            } else if (n instanceof Code c) {
                flow.getChildren().add(run(c.getLiteral(), "md-code", link));
            } else if (n instanceof StrongEmphasis) {
                appendInlines(flow, n, "md-strong", link);
            } else if (n instanceof Emphasis) {
                appendInlines(flow, n, "md-emphasis", link);
            } else if (n instanceof Link l) {
                appendInlines(flow, n, style, l.getDestination());
            } else if (n instanceof SoftLineBreak) {
                flow.getChildren().add(run(" ", style, link));
            } else if (n instanceof HardLineBreak) {
                flow.getChildren().add(run("\n", style, link));
            } else {
                appendInlines(flow, n, style, link);
            }
        }
    }

    private Text run(String text, String style, String link) {
        Text run = new Text(text);
        run.getStyleClass().add("md-run");
        if (style != null) {
            run.getStyleClass().add(style);
        }
        if (link != null) {
            run.getStyleClass().add("md-link");
            run.setOnMouseClicked(e -> onLink.accept(link));
            run.setCursor(javafx.scene.Cursor.HAND);
        }
        return run;
    }
}
