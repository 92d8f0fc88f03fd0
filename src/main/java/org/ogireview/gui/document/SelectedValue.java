package org.ogireview.gui.document;

import org.ogireview.extract.NormalizedText;
import org.ogireview.extract.Quantity;
import org.ogireview.model.Qualifier;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the coder selected in the report for the selected field (Ctrl+Shift+A). A number is read with the
 * extractor's own grammar ({@link Quantity}: "1 136件", "二十七件", "1.2千", "3万余条", "约25.5万元"), so the
 * desk and the extractor never disagree on what a stretch of text says; a text field (region, body, date) takes
 * the selected words themselves.
 *
 * @param value     plain ASCII number, or the selected text (trimmed) for a text field
 * @param qualifier the report's hedging around the number (EXACT for text)
 * @param start     offset of the trimmed selection (for a number: of the number as written) in the report text
 * @param end       exclusive end of that stretch
 * @param snippet   the stretch as the report writes it
 */
public record SelectedValue(String value, Qualifier qualifier, int start, int end, String snippet) {

    /** A number with its hedging before and after (also after a unit: 200件以上); a sign before it counts. */
    private static final Pattern NUMBER = Pattern.compile("(?<sign>[-−])?[ ]?" + Quantity.REGEX
            + "[ ]?(?:家次|人次|件|条|个|项|次|人|份|元|篇|期|家|起|场|批)?" + Quantity.POST);

    /** The first number in {@code text.substring(start, end)}; empty when there is none. */
    public static Optional<SelectedValue> number(String text, int start, int end) {
        int[] span = trimmed(text, start, end);
        if (span == null) {
            return Optional.empty();
        }
        // Folding maps one character to one, so offsets in the folded text are offsets in the report.
        String folded = NormalizedText.foldAll(text.substring(span[0], span[1]).replace(Reflow.JOINED, ' '));
        // Digits first: in "一、本年新收申请 21 件" the 21 is meant, not the list's 一; a numeral when no digit.
        Optional<SelectedValue> digits = first(text, span, folded, true);
        return digits.isPresent() ? digits : first(text, span, folded, false);
    }

    private static Optional<SelectedValue> first(String text, int[] span, String folded, boolean digits) {
        Matcher m = NUMBER.matcher(folded);
        while (m.find()) {
            if (m.group("qblank") != null || m.group("qnum") == null
                    || Character.isDigit(m.group("qnum").charAt(0)) != digits) {
                continue;
            }
            Quantity q = Quantity.read(m);
            if (q == null || q.isBlank()) {
                continue;
            }
            if (m.group("sign") != null) {
                q = new Quantity(q.value().negate(), q.qualifier());
            }
            // The figure's source is the whole selection, as the coder marked it.
            String raw = Reflow.strip(text.substring(span[0], span[1]));
            return Optional.of(new SelectedValue(q.text(), q.qualifier(), span[0], span[1], raw.strip()));
        }
        return Optional.empty();
    }

    /** The selected words for a text field; empty when only white space is selected. */
    public static Optional<SelectedValue> text(String text, int start, int end) {
        int[] span = trimmed(text, start, end);
        if (span == null) {
            return Optional.empty();
        }
        String raw = Reflow.strip(text.substring(span[0], span[1]));
        // A selection over a line break (text copied from a PDF) is one value: the break is not part of it.
        String value = raw.replaceAll("\\s*\\R\\s*", "").strip();
        return Optional.of(new SelectedValue(value, Qualifier.EXACT, span[0], span[1], raw));
    }

    private static int[] trimmed(String text, int start, int end) {
        if (text == null || start < 0 || end > text.length() || start >= end) {
            return null;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? new int[] {start, end} : null;
    }
}
