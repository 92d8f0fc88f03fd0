package org.ogireview.extract;

import org.ogireview.extract.TableTokens.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A row being read: its label, the key (table 二: the part; table 三: the row's key) and its cells so far. */
final class DecodedRow {
    final boolean proactive;
    final String key;
    final String canonical;
    final Token label;
    final List<String> columns;
    final Map<String, String> units;
    final List<Token> values = new ArrayList<>();
    /** Empty cells on lines of their own after the row's last number (one cell a line): its empty last cells. */
    final List<Token> trailingEmpty = new ArrayList<>();
    boolean empty;
    /** Words between the label and the row's first number (a wrapped label's rest, or a sub-row's label). */
    String interlude;
    /** A row split into sub-rows (其他对外管理服务事项 → 行政检查 / 行政确认): the numbers are the sub-rows', not its own. */
    boolean split;
    int lastIndex = -1;

    DecodedRow(boolean proactive, String key, String canonical, Token label, List<String> columns,
        Map<String, String> units) {
        this.proactive = proactive;
        this.key = key;
        this.canonical = canonical;
        this.label = label;
        this.columns = columns;
        this.units = units;
    }

    int width() {
        return proactive ? columns.size() : TemplateDecoder.STANDARD.size();
    }

    boolean full() {
        return values.size() >= width();
    }
}
