package org.ogireview.gui.document;

import org.ogireview.model.Qualifier;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figure in a stretch of text the coder selected: {@code "2428"}, {@code "1,234条"}, {@code "3万余条"},
 * {@code "约 25.5 万元"}. Full-width digits count; the hedging words of the genre set the qualifier.
 *
 * @param value     plain ASCII number
 * @param start     offset of the trimmed selection in the report text
 * @param end       exclusive end of the trimmed selection
 */
public record SelectedNumber(String value, Qualifier qualifier, int start, int end, String snippet) {

    private static final Pattern NUMBER = Pattern.compile("([-+−－]?)\\s*(\\d[\\d,，]*(?:[.．]\\d+)?)\\s*(万|亿)?");

    /** Reads the first number of {@code text.substring(start, end)}; empty when there is none. */
    public static Optional<SelectedNumber> in(String text, int start, int end) {
        if (text == null || start < 0 || end > text.length() || start >= end) {
            return Optional.empty();
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String raw = text.substring(start, end);
        String folded = foldDigits(raw);
        Matcher m = NUMBER.matcher(folded);
        if (!m.find()) {
            return Optional.empty();
        }
        BigDecimal number;
        try {
            number = new BigDecimal(m.group(2).replace(",", "").replace("，", "").replace('．', '.'));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if ("万".equals(m.group(3))) {
            number = number.multiply(BigDecimal.valueOf(10_000));
        } else if ("亿".equals(m.group(3))) {
            number = number.multiply(BigDecimal.valueOf(100_000_000));
        }
        if (!m.group(1).isEmpty() && m.group(1).charAt(0) != '+') {
            number = number.negate();
        }
        String value = number.stripTrailingZeros().scale() <= 0 ? number.toBigInteger().toString()
                : number.stripTrailingZeros().toPlainString();
        return Optional.of(new SelectedNumber(value, qualifierOf(raw), start, end, raw.strip()));
    }

    static Qualifier qualifierOf(String raw) {
        if (raw.contains("不足") || raw.contains("不到") || raw.contains("以下")) {
            return Qualifier.LESS_THAN;
        }
        if (raw.contains("余") || raw.contains("多") || raw.contains("以上") || raw.contains("超过")) {
            return Qualifier.MORE_THAN;
        }
        if (raw.contains("约") || raw.contains("近") || raw.contains("左右") || raw.contains("大约")) {
            return Qualifier.ABOUT;
        }
        return Qualifier.EXACT;
    }

    /** Full-width digits and signs to ASCII, one for one, so match offsets stay those of the raw text. */
    static String foldDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
