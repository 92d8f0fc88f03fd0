package org.ogireview.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.ingest.TableCell;
import org.ogireview.ingest.TableRow;
import org.ogireview.ingest.TextTable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Test stand-in for the HTML reader: a page's text with each {@code <table>} laid out row by row (cells split by
 * tabs) and its cells, with rowspan, colspan and empty cells, as {@link TextTable}s with offsets into that text.
 * It lets the standard-table tests feed the extractor the structure real HTML ingest provides.
 */
final class HtmlTables {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "br", "section", "article", "header", "footer");

    private final StringBuilder text = new StringBuilder();
    private final List<TextTable> tables = new ArrayList<>();

    private HtmlTables() {
    }

    static IngestedDocument read(Path file) throws IOException {
        Document doc = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
        doc.select("script, style, nav, form, noscript, iframe").remove();
        HtmlTables reader = new HtmlTables();
        reader.walk(doc.body());
        return new IngestedDocument(file.getFileName().toString(), "", "html", "UTF-8", reader.text.toString().strip(),
                reader.tables, List.of(), 0, null, List.of());
    }

    private void walk(Node node) {
        if (node instanceof TextNode t) {
            String s = t.text().replaceAll("\\s+", " ");
            if (!s.isBlank()) {
                text.append(s);
            }
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        if (e.tagName().equals("table")) {
            table(e);
            return;
        }
        boolean block = BLOCKS.contains(e.tagName());
        if (block) {
            newLine();
        }
        for (Node child : e.childNodes()) {
            walk(child);
        }
        if (block) {
            newLine();
        }
    }

    private void table(Element table) {
        newLine();
        int start = text.length();
        List<TableRow> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            int rowStart = text.length();
            List<TableCell> cells = new ArrayList<>();
            for (Element td : tr.children()) {
                if (!td.tagName().equals("td") && !td.tagName().equals("th")) {
                    continue;
                }
                if (!cells.isEmpty()) {
                    text.append('\t');
                }
                int cellStart = text.length();
                String s = td.text().strip();
                text.append(s);
                cells.add(new TableCell(s, cellStart, text.length(), span(td, "rowspan"), span(td, "colspan")));
            }
            rows.add(new TableRow(cells, rowStart, text.length()));
            text.append('\n');
        }
        tables.add(new TextTable(start, Math.max(start, text.length() - 1), rows));
    }

    private static int span(Element td, String attr) {
        try {
            return Integer.parseInt(td.attr(attr).trim());
        } catch (NumberFormatException ex) {
            return 1;
        }
    }

    private void newLine() {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }
}
