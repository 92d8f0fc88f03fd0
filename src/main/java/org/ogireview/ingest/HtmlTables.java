package org.ogireview.ingest;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells data tables from layout tables, and lists a table's own rows and cells. Old government pages lay out the
 * whole page with tables; such a table must be read as blocks, or the report would become one giant row.
 */
final class HtmlTables {

    /** A cell with more text than this is prose, not a figure or a label. */
    private static final int MAX_DATA_CELL = 300;

    private HtmlTables() {
    }

    /**
     * Layout, not data: the table holds another table, headings or lists, a cell with long prose, or it is a
     * single cell (a frame around content).
     */
    static boolean isLayout(Element table) {
        if (table.attr("role").equalsIgnoreCase("presentation")) {
            return true;
        }
        if (table.getElementsByTag("table").size() > 1 || !table.select("h1, h2, h3, h4, ul, ol, article").isEmpty()) {
            return true;
        }
        List<Element> rows = rows(table);
        int cells = 0;
        for (Element row : rows) {
            for (Element cell : cells(row)) {
                cells++;
                if (HtmlCleaner.nonSpace(cell.text()) > MAX_DATA_CELL) {
                    return true;
                }
            }
        }
        return cells <= 1;
    }

    /** The table's own rows (inside thead/tbody/tfoot or directly), not those of nested tables. */
    static List<Element> rows(Element table) {
        List<Element> out = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "tr" -> out.add(child);
                case "thead", "tbody", "tfoot" -> {
                    for (Element r : child.children()) {
                        if (r.normalName().equals("tr")) {
                            out.add(r);
                        }
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    static List<Element> cells(Element row) {
        List<Element> out = new ArrayList<>();
        for (Element c : row.children()) {
            if (c.normalName().equals("td") || c.normalName().equals("th")) {
                out.add(c);
            }
        }
        return out;
    }

    static int span(Element cell, String attr) {
        String v = cell.attr(attr).trim();
        if (v.isEmpty()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(v.replaceAll("[^0-9].*$", ""));
            return Math.max(1, Math.min(n, 1000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
