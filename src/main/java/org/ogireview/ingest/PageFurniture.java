package org.ogireview.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines that belong to the page, not to the report: page numbers (-1-, — 2 —, 第3页, 3/5) and running headers or
 * footers that repeat in the same margin on several pages. They stay in the text, but never inside a table row,
 * and they do not stop a table from running on to the next page.
 */
final class PageFurniture {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[\\s\\-—–－_~·•]*(第\\s*)?[0-9０-９]{1,4}\\s*(页)?\\s*([/／]\\s*[0-9]{1,4}|共\\s*[0-9]{1,4}\\s*页)?"
                    + "[\\s\\-—–－_~·•]*$");

    /** Share of the page height at the top and at the bottom that counts as margin. */
    private static final float MARGIN = 0.12f;

    private final Set<String> repeated;

    private PageFurniture(Set<String> repeated) {
        this.repeated = repeated;
    }

    /** Learns the running headers and footers: margin lines whose text (digits aside) recurs on two or more pages. */
    static PageFurniture learn(List<PdfPage> pages, List<List<PdfLines.Line>> flow) {
        Map<String, Set<Integer>> seen = new HashMap<>();
        for (int p = 0; p < flow.size(); p++) {
            for (PdfLines.Line line : flow.get(p)) {
                if (inMargin(line, pages.get(p))) {
                    seen.computeIfAbsent(key(line), k -> new HashSet<>()).add(p);
                }
            }
        }
        Set<String> repeated = new HashSet<>();
        seen.forEach((k, onPages) -> {
            if (onPages.size() >= 2 && k.length() <= 60) {
                repeated.add(k);
            }
        });
        return new PageFurniture(repeated);
    }

    /** Recognises page numbers only (when the other pages are not known). */
    static PageFurniture pageNumbersOnly() {
        return new PageFurniture(Set.of());
    }

    boolean is(PdfLines.Line line, PdfPage page) {
        if (!inMargin(line, page)) {
            return false;
        }
        return PAGE_NUMBER.matcher(line.text()).matches() || repeated.contains(key(line));
    }

    private static boolean inMargin(PdfLines.Line line, PdfPage page) {
        return line.top() > page.height() * (1 - MARGIN - 0.03f) || line.bottom() < page.height() * MARGIN;
    }

    private static String key(PdfLines.Line line) {
        return line.text().replaceAll("[0-9０-９]+", "#").replaceAll("\\s+", "");
    }
}
