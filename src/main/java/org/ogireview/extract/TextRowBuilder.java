package org.ogireview.extract;

import org.ogireview.extract.TextTableLines.Cell;
import org.ogireview.extract.TextTableLines.Mode;
import org.ogireview.ingest.TableCell;
import org.ogireview.ingest.TableRow;

import java.util.ArrayList;
import java.util.List;

/** A row under construction. */
final class TextRowBuilder {
    final List<Cell> cells;
    final List<String> texts;
    final Mode mode;
    final boolean hasNumber;
    /** Set out one cell per line: the label, then one number a line. */
    boolean vertical;
    final int firstLine;
    int lastLine;

    TextRowBuilder(List<Cell> cells, List<String> texts, Mode mode, boolean hasNumber, int firstLine, int lastLine) {
        this.cells = new ArrayList<>(cells);
        this.texts = new ArrayList<>(texts);
        this.mode = mode;
        this.hasNumber = hasNumber;
        this.firstLine = firstLine;
        this.lastLine = lastLine;
    }

    TableRow toRow() {
        List<TableCell> out = new ArrayList<>(cells.size());
        int start = Integer.MAX_VALUE;
        int end = 0;
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            out.add(new TableCell(texts.get(i), c.start(), c.end()));
            if (!c.empty() || cells.size() == 1) {
                start = Math.min(start, c.start());
                end = Math.max(end, c.end());
            }
        }
        if (start == Integer.MAX_VALUE) {
            start = cells.get(0).start();
            end = cells.get(cells.size() - 1).end();
        }
        return new TableRow(out, start, end);
    }
}
