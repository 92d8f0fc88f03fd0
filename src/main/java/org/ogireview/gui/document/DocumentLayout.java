package org.ogireview.gui.document;

import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How the report text is drawn, worked out without any JavaFX node: which lines are table rows (cells split by
 * {@code " | "}, as the ingesters write tables) and which stretches are extracted figures, separators or the
 * selected figure. The text itself is never changed, so every offset stays the stored one.
 */
public final class DocumentLayout {

    public static final String CELL_SEPARATOR = " | ";

    public static final String TABLE_ROW = "table-row";
    public static final String TABLE_FIRST = "table-first";
    public static final String TABLE_LAST = "table-last";
    public static final String TABLE_GAP = "table-gap";
    public static final String SEPARATOR = "cell-sep";
    public static final String FIGURE = "figure";
    public static final String SELECTED = "figure-selected";
    /** The figures of the failed check the coder chose in the checks panel. */
    public static final String IN_CHECK = "figure-in-check";
    /** The number itself inside a figure's span (the span often holds its label too). */
    public static final String VALUE = "figure-value";
    public static final String LOW_CONFIDENCE = "figure-unsure";

    /** Below this the extractor was guessing; such figures are drawn so the coder looks twice. */
    public static final double UNSURE_BELOW = 0.6;

    private DocumentLayout() {
    }

    /** The text as the area shows it: same length, carriage returns blanked so lines split only at '\n'. */
    public static String displayText(String text) {
        return text == null ? "" : text.replace('\r', ' ');
    }

    public static boolean isTableRow(String line) {
        return line.contains(CELL_SEPARATOR) || line.startsWith("| ") || line.endsWith(" |");
    }

    /**
     * One list of style classes per line ('\n'-separated paragraph). Consecutive table rows, and blank lines between
     * them, form one framed block: its first and last rows get their own class for the top and bottom borders.
     */
    public static List<List<String>> paragraphStyles(String text) {
        String[] lines = displayText(text).split("\n", -1);
        List<List<String>> out = new ArrayList<>(lines.length);
        int i = 0;
        while (i < lines.length) {
            if (!isTableRow(lines[i])) {
                out.add(List.of());
                i++;
                continue;
            }
            int last = i;
            int j = i + 1;
            while (j < lines.length && (isTableRow(lines[j]) || lines[j].isBlank())) {
                if (isTableRow(lines[j])) {
                    last = j;
                }
                j++;
            }
            for (int k = i; k <= last; k++) {
                List<String> styles = new ArrayList<>();
                styles.add(lines[k].isBlank() ? TABLE_GAP : TABLE_ROW);
                if (k == i) {
                    styles.add(TABLE_FIRST);
                }
                if (k == last) {
                    styles.add(TABLE_LAST);
                }
                out.add(styles);
            }
            i = last + 1;
        }
        return out;
    }

    /** The style runs of the whole text: separators of table rows, every figure's span, the selected figure. */
    public static List<StyleRun> textStyles(String text, List<Figure> figures, String selectedKey) {
        return textStyles(text, figures, selectedKey, java.util.Set.of());
    }

    /**
     * As {@link #textStyles(String, List, String)}, also marking the spans of the figures in the check the coder
     * chose (so every number of a contradiction is visible at once).
     */
    public static List<StyleRun> textStyles(String text, List<Figure> figures, String selectedKey,
                                            java.util.Set<String> inCheck) {
        return textStyles(text, figures, selectedKey, inCheck, List.of(), -1);
    }

    /** A hit of the find bar. */
    public static final String FIND_HIT = "find-hit";
    /** The hit the find bar stands on. */
    public static final String FIND_CURRENT = "find-current";

    /** As above, also marking the find bar's hits ([start, end) pairs) and the current one. */
    public static List<StyleRun> textStyles(String text, List<Figure> figures, String selectedKey,
                                            java.util.Set<String> inCheck, List<int[]> hits, int currentHit) {
        String shown = displayText(text);
        int length = shown.length();
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            int[] h = hits.get(i);
            if (h[1] <= length) {
                marks.add(new Mark(h[0], h[1], i == currentHit ? FIND_CURRENT : FIND_HIT));
            }
        }
        int lineStart = 0;
        for (String line : shown.split("\n", -1)) {
            if (isTableRow(line)) {
                int at = line.indexOf('|');
                while (at >= 0) {
                    marks.add(new Mark(lineStart + at, lineStart + at + 1, SEPARATOR));
                    at = line.indexOf('|', at + 1);
                }
            }
            lineStart += line.length() + 1;
        }
        for (Figure f : figures) {
            if (!f.hasSource() || f.end() > length) {
                continue;
            }
            marks.add(new Mark(f.start(), f.end(), FIGURE));
            int[] number = valueWithin(shown, f);
            if (number != null) {
                marks.add(new Mark(number[0], number[1], VALUE));
            }
            marks.add(new Mark(f.start(), f.end(), statusClass(f.status())));
            if (f.status() == FigureStatus.AUTO && f.confidence() < UNSURE_BELOW) {
                marks.add(new Mark(f.start(), f.end(), LOW_CONFIDENCE));
            }
            if (f.key().equals(selectedKey)) {
                marks.add(new Mark(f.start(), f.end(), SELECTED));
            }
            if (inCheck.contains(f.key())) {
                marks.add(new Mark(f.start(), f.end(), IN_CHECK));
            }
        }
        return sweep(length, marks);
    }

    /**
     * Where the figure's number stands inside its span: the last run of digits in the span that reads as the value
     * ("主動公開政府信息61540條" -> "61540"; "3万余条" -> "3万"). Null when the span holds no such number.
     */
    static int[] valueWithin(String text, Figure f) {
        String value = f.value();
        if (value.isEmpty() || !value.matches("-?[0-9.]+")) {
            return null;
        }
        String span = text.substring(f.start(), f.end());
        int at = span.lastIndexOf(value.startsWith("-") ? value.substring(1) : value);
        if (at < 0) {
            // a converted value (3万 -> 30000, 1,234 -> 1234): mark the last number as written
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("[0-9０-９][0-9０-９,，.．]*[万亿]?")
                    .matcher(span);
            int[] last = null;
            while (m.find()) {
                last = new int[] {m.start(), m.end()};
            }
            return last == null ? null : new int[] {f.start() + last[0], f.start() + last[1]};
        }
        int len = value.startsWith("-") ? value.length() - 1 : value.length();
        return new int[] {f.start() + at, f.start() + at + len};
    }

    public static String statusClass(FigureStatus status) {
        return "status-" + status.code().replace('_', '-');
    }

    /** Cuts the text at every mark's start and end; each piece carries the classes of the marks covering it. */
    private static List<StyleRun> sweep(int length, List<Mark> marks) {
        TreeMap<Integer, List<Mark>> starts = new TreeMap<>();
        TreeMap<Integer, List<Mark>> ends = new TreeMap<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        for (Mark m : marks) {
            starts.computeIfAbsent(m.start(), k -> new ArrayList<>()).add(m);
            ends.computeIfAbsent(m.end(), k -> new ArrayList<>()).add(m);
            cuts.add(m.start());
            cuts.add(m.end());
        }
        Map<String, Integer> active = new LinkedHashMap<>();
        List<StyleRun> runs = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            if (cut > from) {
                List<String> styles = active.entrySet().stream().filter(e -> e.getValue() > 0)
                        .map(Map.Entry::getKey).sorted().toList();
                StyleRun last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                if (last != null && last.styles().equals(styles)) {
                    runs.set(runs.size() - 1, new StyleRun(last.length() + cut - from, styles));
                } else {
                    runs.add(new StyleRun(cut - from, styles));
                }
                from = cut;
            }
            for (Mark m : ends.getOrDefault(cut, List.of())) {
                active.merge(m.style(), -1, Integer::sum);
            }
            for (Mark m : starts.getOrDefault(cut, List.of())) {
                active.merge(m.style(), 1, Integer::sum);
            }
        }
        if (runs.isEmpty()) {
            runs.add(new StyleRun(0, List.of()));
        }
        return runs;
    }

    private record Mark(int start, int end, String style) {
    }
}
