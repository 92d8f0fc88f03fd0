package org.ogireview.extract;

import java.math.BigDecimal;

/**
 * Numbers as reports write them, read into exact decimals: Arabic digits with thousand separators or the spaces PDF
 * text puts inside them ("1 136", "61,540"), decimals, Chinese numerals (二十七, 两千三百, 一〇二, 十一, 一万二千) and
 * the 千/万/亿 multipliers after either ("1.85万" is 18500).
 *
 * <p>Works on normalised text (full-width digits already folded to ASCII by {@link NormalizedText}).
 */
public final class NumberText {

    /** Characters of a Chinese numeral, multipliers included ("○" is how many sites type 〇). */
    static final String NUMERAL_CLASS = "[零〇○一二两三四五六七八九十百千万亿]";

    /**
     * A number as a regex fragment (no groups): Arabic with separators, a plain decimal, or a Chinese numeral.
     * The look-behind keeps it from starting inside a longer number.
     */
    static final String REGEX = "(?<![\\d.])(?:\\d{1,3}(?:,\\d{3})+(?![\\d])(?:\\.\\d+)?"
            + "|\\d{1,3}(?: \\d{3})+(?![\\d.])"
            + "|\\d+(?:\\.\\d+)?"
            + "|" + NUMERAL_CLASS + "+)";

    private NumberText() {
    }

    /**
     * The value of a number as written, with an optional multiplier after it (千, 万 or 亿, may be null or empty).
     * Returns null when the text is not a number.
     */
    public static BigDecimal parse(String number, String multiplier) {
        BigDecimal v = parse(number);
        if (v == null) {
            return null;
        }
        return v.multiply(multiplierOf(multiplier));
    }

    /** The value of a number as written: "1 136", "61,540", "7.4", "二十七", "一〇二", "3万"; null when not a number. */
    public static BigDecimal parse(String number) {
        if (number == null) {
            return null;
        }
        String s = number.strip();
        if (s.isEmpty()) {
            return null;
        }
        char first = s.charAt(0);
        if (first >= '0' && first <= '9') {
            return parseArabic(s);
        }
        return parseChinese(s);
    }

    static BigDecimal multiplierOf(String multiplier) {
        if (multiplier == null || multiplier.isEmpty()) {
            return BigDecimal.ONE;
        }
        return switch (multiplier) {
            case "千" -> BigDecimal.valueOf(1_000);
            case "万", "萬" -> BigDecimal.valueOf(10_000);
            case "亿", "億" -> BigDecimal.valueOf(100_000_000);
            case "百" -> BigDecimal.valueOf(100);
            default -> BigDecimal.ONE;
        };
    }

    /** Digits, then a Chinese multiplier tail if any ("3万" or "1.2亿"). */
    private static BigDecimal parseArabic(String s) {
        int i = 0;
        StringBuilder digits = new StringBuilder(s.length());
        boolean dot = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '.' && !dot && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                digits.append('.');
                dot = true;
            } else if ((c == ',' || c == ' ') && !dot) {
                // thousand separator or a space PDF text left inside the number
            } else {
                break;
            }
            i++;
        }
        if (digits.length() == 0) {
            return null;
        }
        BigDecimal v = new BigDecimal(digits.toString());
        String rest = s.substring(i).strip();
        if (rest.isEmpty()) {
            return v;
        }
        BigDecimal m = multiplierOf(rest);
        return m.equals(BigDecimal.ONE) ? null : v.multiply(m);
    }

    /** A Chinese numeral: positional (一〇二, 二〇一二) or with units (二十七, 两千三百, 一万二千, 十一). */
    static BigDecimal parseChinese(String s) {
        boolean positional = true;
        for (int i = 0; i < s.length(); i++) {
            if (unitOf(s.charAt(i)) > 0) {
                positional = false;
                break;
            }
        }
        if (positional) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                int d = digitOf(s.charAt(i));
                if (d < 0) {
                    return null;
                }
                b.append((char) ('0' + d));
            }
            return new BigDecimal(b.toString());
        }
        long yi = 0;      // the part before 亿
        long wan = 0;     // the part before 万 (below 亿)
        long section = 0; // the part below 万
        long digit = -1;  // a digit waiting for its unit
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digitOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            long unit = unitOf(c);
            if (unit <= 0) {
                return null;
            }
            long below = section + Math.max(digit, 0);
            if (unit == 100_000_000) {
                yi = wan * 10_000 + below;
                yi = yi == 0 ? 1 : yi;
                wan = 0;
                section = 0;
            } else if (unit == 10_000) {
                wan = below == 0 ? 1 : below;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit; // 十一: a bare 十 is one ten
            }
            digit = -1;
        }
        return BigDecimal.valueOf(yi * 100_000_000 + wan * 10_000 + section + Math.max(digit, 0));
    }

    private static int digitOf(char c) {
        return switch (c) {
            case '零', '〇', '○' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private static long unitOf(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1_000;
            case '万' -> 10_000;
            case '亿' -> 100_000_000;
            default -> 0;
        };
    }

    /** The canonical text of a value: plain ASCII, no exponent, no trailing zeros ("18500", "7.4", "-3"). */
    public static String format(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        return v.toPlainString();
    }
}
