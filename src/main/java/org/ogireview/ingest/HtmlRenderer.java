package org.ogireview.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A cleaned HTML body to lines of text as a reader sees them: block elements and {@code <br>} end a line, inline
 * elements do not; white space collapses as a browser collapses it (a line break between two Chinese characters
 * disappears); data tables become {@link DocumentBuilder#table} rows.
 */
final class HtmlRenderer {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote",
            "address", "center", "figure", "figcaption", "form", "fieldset", "legend", "hr", "body", "html", "table",
            "tr", "td", "th", "thead", "tbody", "tfoot", "caption", "pre", "details", "summary", "title");

    private final DocumentBuilder out;
    private final StringBuilder line = new StringBuilder();
    private boolean pendingSpace;
    private boolean pendingBreak;
    /** The pending white space stands inside one text node (not between two tags). */
    private boolean pendingInside;

    private HtmlRenderer(DocumentBuilder out) {
        this.out = out;
    }

    static void render(Element root, DocumentBuilder out) {
        HtmlRenderer r = new HtmlRenderer(out);
        r.walk(root, false);
        r.flush();
    }

    /** The text of one table cell: its lines joined the way a wrapped cell reads (no space between Chinese). */
    static String cellText(Element cell) {
        DocumentBuilder scratch = new DocumentBuilder();
        HtmlRenderer r = new HtmlRenderer(scratch);
        for (Node child : cell.childNodes()) {
            r.walk(child, false);
        }
        r.flush();
        String joined = "";
        for (String l : scratch.text().split("\n")) {
            joined = Cjk.join(joined, l.strip());
        }
        return joined;
    }

    private void walk(Node node, boolean pre) {
        if (node instanceof TextNode t) {
            text(pre ? t.getWholeText() : t.getWholeText(), pre);
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        if (tag.equals("br")) {
            flush();
            return;
        }
        if (tag.equals("table") && !HtmlTables.isLayout(e)) {
            flush();
            table(e);
            return;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            flush();
        }
        boolean inPre = pre || tag.equals("pre") || tag.equals("textarea");
        for (Node child : e.childNodes()) {
            walk(child, inPre);
        }
        if (block) {
            flush();
        }
    }

    /**
     * Appends a text node, collapsing white space. A line break between two Chinese characters inside one text
     * node is the author wrapping a long source line, and disappears; white space between two tags stays a space
     * (spans of a date line such as 来源：… 浏览次数：…).
     */
    private void text(String s, boolean pre) {
        boolean charSeen = false;
        pendingInside = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (pre && (c == '\n' || c == '\r')) {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                flush();
                continue;
            }
            if (c == '\u00A0' || (!pre && Character.isWhitespace(c) && c != '\u3000')) {
                if (!pendingSpace) {
                    pendingInside = charSeen;
                }
                pendingSpace = true;
                pendingBreak |= c == '\n' || c == '\r';
                continue;
            }
            if (pendingSpace && line.length() > 0) {
                boolean wrapped = pendingBreak && pendingInside && Cjk.isCjk(line.charAt(line.length() - 1))
                        && Cjk.isCjk(c);
                if (!wrapped) {
                    line.append(' ');
                }
            }
            pendingSpace = false;
            pendingBreak = false;
            charSeen = true;
            line.append(c == '\t' ? ' ' : c);
        }
    }

    private void flush() {
        if (line.length() > 0) {
            out.line(line.toString());
            line.setLength(0);
        }
        pendingSpace = false;
        pendingBreak = false;
    }

    /**
     * A data table: rows of cells with their spans; cells hidden under a row span are not repeated. Rows with no
     * text are left out (the builder skips them), so row spans are counted in the rows that remain.
     */
    private void table(Element table) {
        Element caption = table.selectFirst("caption");
        if (caption != null && caption.closest("table") == table) {
            out.line(cellText(caption));
        }
        List<List<Element>> sourceRows = new ArrayList<>();
        List<List<String>> texts = new ArrayList<>();
        for (Element tr : HtmlTables.rows(table)) {
            List<Element> cells = HtmlTables.cells(tr);
            if (!cells.isEmpty()) {
                sourceRows.add(cells);
                texts.add(cells.stream().map(HtmlRenderer::cellText).toList());
            }
        }
        int n = sourceRows.size();
        int[] keptBefore = new int[n + 1];
        for (int r = 0; r < n; r++) {
            boolean kept = texts.get(r).stream().anyMatch(t -> !t.isBlank());
            keptBefore[r + 1] = keptBefore[r] + (kept ? 1 : 0);
        }
        List<DocumentBuilder.Row> rows = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            List<DocumentBuilder.Cell> cells = new ArrayList<>();
            for (int c = 0; c < sourceRows.get(r).size(); c++) {
                Element td = sourceRows.get(r).get(c);
                int span = HtmlTables.span(td, "rowspan");
                int kept = keptBefore[Math.min(n, r + span)] - keptBefore[r];
                cells.add(new DocumentBuilder.Cell(Run.of(texts.get(r).get(c)), Math.max(1, kept),
                        HtmlTables.span(td, "colspan")));
            }
            rows.add(new DocumentBuilder.Row(cells));
        }
        out.table(rows);
    }
}
