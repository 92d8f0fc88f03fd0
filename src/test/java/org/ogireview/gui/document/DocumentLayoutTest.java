package org.ogireview.gui.document;

import org.junit.jupiter.api.Test;
import org.ogireview.gui.testing.Fixtures;
import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.Qualifier;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentLayoutTest {

    @Test
    void tableRowsOfARealReportFormFramedBlocks() throws Exception {
        String text = Fixtures.read(Fixtures.HONGZE_2023).text();
        String[] lines = text.split("\n", -1);
        List<List<String>> styles = DocumentLayout.paragraphStyles(text);
        assertThat(styles).hasSize(lines.length);
        int row = indexOf(lines, "一、本年新收政府信息公开申请数量 | 21");
        assertThat(styles.get(row)).contains(DocumentLayout.TABLE_ROW);
        int prose = indexOf(lines, "一、总体情况");
        assertThat(styles.get(prose)).isEmpty();
        // the proactive table: header row first, blank lines between rows stay inside the block
        int head = indexOf(lines, "信息内容 | 本年制发件数");
        assertThat(styles.get(head)).contains(DocumentLayout.TABLE_ROW, DocumentLayout.TABLE_FIRST);
        assertThat(lines[head + 1]).isBlank();
        assertThat(styles.get(head + 1)).containsExactly(DocumentLayout.TABLE_GAP);
        long blocks = styles.stream().filter(s -> s.contains(DocumentLayout.TABLE_FIRST)).count();
        long ends = styles.stream().filter(s -> s.contains(DocumentLayout.TABLE_LAST)).count();
        assertThat(blocks).isEqualTo(ends).isGreaterThanOrEqualTo(3);
    }

    @Test
    void stylesCoverTheTextAndMarkFiguresSeparatorsAndTheSelection() {
        String text = "主动公开 2428 条\n规章 | 0 | 3\n结束";
        Figure total = figure("proactive.total", text.indexOf("2428"), 4, FigureStatus.AUTO, 0.9);
        Figure rules = figure("proactive.rules.issued", text.indexOf("3\n"), 1, FigureStatus.CORRECTED, 0.9);
        List<StyleRun> runs = DocumentLayout.textStyles(text, List.of(total, rules), "proactive.rules.issued");
        assertThat(runs.stream().mapToInt(StyleRun::length).sum()).isEqualTo(text.length());
        assertThat(stylesAt(runs, text.indexOf("2428") + 1)).contains("figure", "status-auto")
                .doesNotContain("figure-selected");
        assertThat(stylesAt(runs, text.indexOf("3\n"))).contains("figure", "status-corrected", "figure-selected");
        assertThat(stylesAt(runs, text.indexOf('|'))).containsExactly("cell-sep");
        assertThat(stylesAt(runs, 0)).isEmpty();
    }

    @Test
    void theNumberInsideALabelledSpanIsMarkedApart() {
        String text = "主動公開政府信息61540條,共3万余条";
        Figure total = new Figure("proactive.total", "61540", Qualifier.EXACT, FigureStatus.AUTO, 0,
                text.indexOf("條") + 1, "", 0.9, "61540", Qualifier.EXACT);
        Figure tenK = new Figure("proactive.other", "30000", Qualifier.MORE_THAN, FigureStatus.AUTO,
                text.indexOf("共"), text.length(), "", 0.9, "30000", Qualifier.MORE_THAN);
        List<StyleRun> runs = DocumentLayout.textStyles(text, List.of(total, tenK), null);
        assertThat(stylesAt(runs, 0)).contains("figure").doesNotContain("figure-value");
        assertThat(stylesAt(runs, text.indexOf("61540"))).contains("figure", "figure-value");
        assertThat(stylesAt(runs, text.indexOf("條"))).doesNotContain("figure-value");
        assertThat(stylesAt(runs, text.indexOf("3万"))).contains("figure-value");
        assertThat(stylesAt(runs, text.indexOf("万"))).contains("figure-value");
        assertThat(stylesAt(runs, text.indexOf("余"))).doesNotContain("figure-value");
    }

    @Test
    void unsureFiguresAndSpansOutsideTheTextAreHandled() {
        String text = "受理申请27件";
        Figure unsure = figure("applications.received", 4, 2, FigureStatus.AUTO, 0.4);
        Figure outside = figure("applications.granted", 40, 2, FigureStatus.AUTO, 0.9);
        Figure noSource = figure("applications.denied", -1, 0, FigureStatus.CORRECTED, 0);
        List<StyleRun> runs = DocumentLayout.textStyles(text, List.of(unsure, outside, noSource), null);
        assertThat(runs.stream().mapToInt(StyleRun::length).sum()).isEqualTo(text.length());
        assertThat(stylesAt(runs, 4)).contains("figure-unsure");
    }

    @Test
    void carriageReturnsDoNotShiftOffsets() {
        assertThat(DocumentLayout.displayText("a\r\nb")).isEqualTo("a \nb").hasSize(4);
        assertThat(DocumentLayout.paragraphStyles("")).hasSize(1);
        assertThat(DocumentLayout.textStyles("", List.of(), null)).extracting(StyleRun::length).containsExactly(0);
    }

    private static Figure figure(String key, int start, int length, FigureStatus status, double confidence) {
        return new Figure(key, "1", Qualifier.EXACT, status, start, start + length, "", confidence, "1",
                Qualifier.EXACT);
    }

    static List<String> stylesAt(List<StyleRun> runs, int offset) {
        int at = 0;
        for (StyleRun r : runs) {
            if (offset < at + r.length()) {
                return r.styles();
            }
            at += r.length();
        }
        throw new IllegalArgumentException("offset past the end: " + offset);
    }

    private static int indexOf(String[] lines, String prefix) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + prefix);
    }
}
