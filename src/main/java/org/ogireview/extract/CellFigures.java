package org.ogireview.extract;

import org.ogireview.ingest.TableCell;
import org.ogireview.model.ExtractedFigure;
import org.ogireview.model.FieldCatalog;
import org.ogireview.model.FieldDef;
import org.ogireview.model.Qualifier;

/**
 * Turns a table cell into a figure: the value in the field's unit, blank_in_source for an empty cell, the span of
 * the cell's number in the report text, and a snippet that shows the number with its row label
 * ("予以公开 | 自然人 | 50"), built from the source's own words.
 */
final class CellFigures {

    /** Snippets stay short: the label is cut to this many characters. */
    private static final int LABEL_CHARS = 26;

    private final NormalizedText text;
    private final FieldCatalog catalog;

    CellFigures(NormalizedText text, FieldCatalog catalog) {
        this.text = text;
        this.catalog = catalog;
    }

    boolean knows(String key) {
        return catalog.knows(key);
    }

    /**
     * @param label      the row label cell (its text heads the snippet; for a blank cell its span is the figure's)
     * @param labelText  the label to show when the row has no label cell (table 四's bare row of numbers)
     * @param column     the column's name, or null when the row label says it all
     * @param headerUnit the unit the column header states, "" when none
     */
    ExtractedFigure figure(String key, SourceRow.Placed cell, SourceRow.Placed label, String labelText, String column,
                           String headerUnit, double confidence) {
        FieldDef def = catalog.find(key).orElse(null);
        String unit = def == null ? "" : def.unit();
        CellValue v = cell.value();
        String shown = label != null ? label.text() : labelText == null ? "" : labelText;
        StringBuilder snippet = new StringBuilder(LabelText.display(shown, LABEL_CHARS));
        if (column != null && !column.isEmpty()) {
            snippet.append(" | ").append(column);
        }
        if (v.isBlank()) {
            int[] span = blankSpan(cell.cell(), label);
            snippet.append(" |");
            return new ExtractedFigure(key, "", Qualifier.BLANK_IN_SOURCE, span[0], span[1], snippet.toString(),
                    confidence);
        }
        int[] span = numberSpan(cell);
        snippet.append(" | ").append(LabelText.display(text.originalSlice(span[0], span[1]), 16));
        String value = v.valueIn(unit, headerUnit);
        if (!value.equals(v.value())) {
            snippet.append(" (").append(value).append(unit).append(')'); // the conversion, so the user sees it
        }
        return new ExtractedFigure(key, value, Qualifier.EXACT, span[0], span[1], snippet.toString(), confidence);
    }

    /** Where the number stands in the report text: the cell's offsets when its text is the source's, else searched. */
    private int[] numberSpan(SourceRow.Placed p) {
        TableCell c = p.cell();
        CellValue v = p.value();
        String doc = text.original();
        if (c.start() >= 0 && c.start() + c.text().length() <= doc.length() && doc.startsWith(c.text(), c.start())) {
            return new int[]{c.start() + v.from(), c.start() + v.to()};
        }
        String number = NormalizedText.foldAll(c.text()).substring(v.from(), v.to());
        int limit = Math.max(c.end(), c.start() + c.text().length());
        int i = c.start() < 0 ? -1 : text.normalized().indexOf(number, c.start());
        if (i >= 0 && i + number.length() <= limit) {
            return new int[]{i, i + number.length()};
        }
        return new int[]{Math.max(0, c.start()), Math.max(0, c.end())};
    }

    /** A blank cell has no number to point at: its own span when it has one, else its row label's. */
    private static int[] blankSpan(TableCell cell, SourceRow.Placed label) {
        if (cell.end() > cell.start()) {
            return new int[]{cell.start(), cell.end()};
        }
        if (label != null) {
            return new int[]{label.cell().start(), label.cell().end()};
        }
        return new int[]{cell.start(), cell.end()};
    }
}
