package org.ogireview.gui.form;

import org.ogireview.model.FieldType;
import org.ogireview.model.ReportFormat;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed values: what an editor accepts while typing, and the canonical text a typed value is stored as (plain
 * ASCII numbers, ISO dates), or the message key saying why it is not a value of the field's type.
 */
public final class ValueFormat {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private ValueFormat() {
    }

    /**
     * The outcome of reading a typed value.
     *
     * @param value    canonical text ("" for an empty editor), null when invalid
     * @param errorKey message key of the problem, null when valid
     */
    public record Parsed(String value, String errorKey) {
        public boolean ok() {
            return errorKey == null;
        }

        static Parsed of(String value) {
            return new Parsed(value, null);
        }

        static Parsed error(String key) {
            return new Parsed(null, key);
        }
    }

    public static Parsed parse(FieldType type, String typed) {
        String s = fold(typed == null ? "" : typed).strip();
        if (s.isEmpty()) {
            return Parsed.of("");
        }
        return switch (type) {
            case TEXT -> Parsed.of(typed.strip());
            case COUNT -> integer(s.replace(",", ""));
            case YEAR -> year(s);
            case MONEY -> decimal(s.replace(",", ""));
            case PERCENT -> decimal(s.replace(",", "").replace("%", "").strip());
            case DATE -> date(s);
            case ENUM -> format(s);
        };
    }

    /** True when the editor may hold this text while the coder types (invalid characters are refused). */
    public static boolean allowsTyping(FieldType type, String text) {
        String s = fold(text);
        return switch (type) {
            case COUNT -> s.matches("[-+]?[\\d,]*");
            case YEAR -> s.matches("\\d{0,4}");
            case MONEY -> s.matches("[-+]?[\\d,]*\\.?\\d*");
            case PERCENT -> s.matches("[-+]?[\\d,]*\\.?\\d*%?");
            case DATE -> s.matches("[\\d\\s\\-/.年月日]*");
            case TEXT, ENUM -> true;
        };
    }

    private static Parsed integer(String s) {
        if (!INTEGER.matcher(s).matches()) {
            return Parsed.error("value.error.count");
        }
        return Parsed.of(new BigDecimal(s).toBigInteger().toString());
    }

    private static Parsed decimal(String s) {
        if (!DECIMAL.matcher(s).matches()) {
            return Parsed.error("value.error.decimal");
        }
        BigDecimal d = new BigDecimal(s.endsWith(".") ? s.substring(0, s.length() - 1) : s).stripTrailingZeros();
        return Parsed.of(d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString());
    }

    private static Parsed year(String s) {
        if (!s.matches("\\d{4}")) {
            return Parsed.error("value.error.year");
        }
        int y = Integer.parseInt(s);
        return y < 1990 || y > 2100 ? Parsed.error("value.error.year") : Parsed.of(s);
    }

    private static Parsed date(String s) {
        Matcher m = DATE.matcher(s);
        if (!m.matches()) {
            return Parsed.error("value.error.date");
        }
        try {
            return Parsed.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))).toString());
        } catch (DateTimeException e) {
            return Parsed.error("value.error.date");
        }
    }

    private static Parsed format(String s) {
        try {
            return Parsed.of(ReportFormat.fromCode(s).code());
        } catch (IllegalArgumentException e) {
            return Parsed.error("value.error.format");
        }
    }

    /** Full-width digits and punctuation, which Chinese input methods type, to ASCII. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else if (c == '．' || c == '。') {
                b.append('.');
            } else if (c == '，') {
                b.append(',');
            } else if (c == '－' || c == '−') {
                b.append('-');
            } else if (c == '％') {
                b.append('%');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
