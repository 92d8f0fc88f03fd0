package org.ogireview.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of text about to be placed in the document, with where its characters stand on a PDF page
 * (offsets relative to the piece; no boxes for HTML and plain text).
 */
record Run(String text, List<PageBox> boxes) {

    static final Run EMPTY = new Run("", List.of());

    Run {
        boxes = List.copyOf(boxes);
    }

    static Run of(String text) {
        return new Run(text, List.of());
    }

    boolean isBlank() {
        return text.isBlank();
    }

    /** This run followed by another, with a space between when the scripts need one (see {@link Cjk#join}). */
    Run join(Run other) {
        if (text.isEmpty()) {
            return other;
        }
        if (other.text.isEmpty()) {
            return this;
        }
        String sep = Cjk.needsSpace(text, other.text) ? " " : "";
        int shift = text.length() + sep.length();
        List<PageBox> all = new ArrayList<>(boxes);
        for (PageBox b : other.boxes) {
            all.add(new PageBox(b.start() + shift, b.end() + shift, b.page(), b.x(), b.y(), b.width(), b.height()));
        }
        return new Run(text + sep + other.text, all);
    }

    /** The run without leading and trailing white space, boxes kept in step. */
    Run strip() {
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from == 0 && to == text.length()) {
            return this;
        }
        List<PageBox> kept = new ArrayList<>();
        for (PageBox b : boxes) {
            if (b.start() >= from && b.end() <= to) {
                kept.add(new PageBox(b.start() - from, b.end() - from, b.page(), b.x(), b.y(), b.width(), b.height()));
            }
        }
        return new Run(text.substring(from, to), kept);
    }
}
