package org.ogireview.gui.own;

import org.ogireview.gui.document.SelectedValue;
import org.ogireview.model.OwnKeys;
import org.ogireview.model.Qualifier;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report-specific figure the coder is about to add from a stretch of the report: its label (the words before the
 * number), value, qualifier, unit (the word after it), whether it is one of the report's own categories, and the
 * stretch as its source. Read from the selection, then edited in {@link OwnFigureDialog}.
 */
public record OwnFigureDraft(String label, String value, Qualifier qualifier, String unit, boolean category,
                             int start, int end, String snippet) {

    private static final Pattern DIGIT = Pattern.compile("[0-9０-９]");
    /** A unit word right after the number, in simplified or Traditional characters. */
    private static final Pattern UNIT = Pattern.compile("^[ 　]*(?:万|萬|亿|億)?(?:余|餘|多)?[ 　]*"
            + "(人次|条次|條次|条|條|件|次|篇|期|场|場|个|個|项|項|份|部|批|人|家|所|户|戶|万元|萬元|元)");
    /** Words in front of a label that are not part of what is counted. */
    private static final Pattern LEADING = Pattern.compile("^(?:其中|另有|另|全年|本年|共计|累计|合计|共|[,，、;；:：。 　]+)+");
    private static final Pattern TRAILING = Pattern.compile("(?:共计|累计|合计|共|达到|达|为|有|[,，、;；:：。 　]+)+$");

    /** The key the figure will be stored under ({@link OwnKeys}); empty when the label has nothing to key on. */
    public Optional<String> key() {
        return OwnKeys.of(label, category);
    }

    public OwnFigureDraft with(String newLabel, String newValue, String newUnit, boolean newCategory) {
        return new OwnFigureDraft(newLabel == null ? "" : newLabel.strip(), newValue == null ? "" : newValue.strip(),
                qualifier, newUnit == null ? "" : newUnit.strip(), newCategory, start, end, snippet);
    }

    /**
     * The figure in {@code text.substring(start, end)}: the first number, the words before it as the label and a
     * unit word after it. Empty when the selection holds no number.
     */
    public static Optional<OwnFigureDraft> fromSelection(String text, int start, int end) {
        Optional<SelectedValue> number = SelectedValue.number(text, start, end);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        SelectedValue n = number.get();
        String selected = text.substring(n.start(), n.end());
        Matcher digit = DIGIT.matcher(selected);
        int at = digit.find() ? digit.start() : 0;
        String label = selected.substring(0, at);
        label = LEADING.matcher(label).replaceFirst("");
        label = TRAILING.matcher(label).replaceFirst("").strip();
        int afterDigits = at;
        while (afterDigits < selected.length() && (DIGIT.matcher(String.valueOf(selected.charAt(afterDigits)))
                .matches() || ",.，．".indexOf(selected.charAt(afterDigits)) >= 0)) {
            afterDigits++;
        }
        Matcher unit = UNIT.matcher(selected.substring(afterDigits));
        String u = unit.find() ? unit.group(1) : "";
        boolean category = label.endsWith("类") || label.endsWith("類") || label.endsWith("类信息")
                || label.endsWith("類信息");
        return Optional.of(new OwnFigureDraft(label, n.value(), n.qualifier(), u, category, n.start(), n.end(),
                n.snippet()));
    }
}
