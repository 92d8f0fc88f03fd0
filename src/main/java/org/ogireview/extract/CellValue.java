package org.ogireview.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one table cell holds: a number (with where it stands inside the cell text), a blank, or text.
 *
 * <p>Cells come from converters of every kind, so a number may carry thousands separators (1,136), spaces a PDF
 * put inside it (1 136), full-width digits, a sign or 增/减 wording (the 本年增/减 column), and a unit written into
 * the cell (251000元). A cell with nothing in it, or only a dash or slash, is a blank: the publisher left the figure
 * out, which the coder must see as such ({@code blank_in_source}), never as a zero.
 *
 * @param kind  number, blank or text
 * @param value for a number: the plain ASCII number as printed (unit not applied, sign kept), else ""
 * @param from  offset of the number (sign and unit included) inside the cell text; 0 for a blank or text
 * @param to    exclusive end of the number inside the cell text
 * @param unit  the unit written in the cell (元, 万元, 件 ...), "" when none
 */
record CellValue(Kind kind, String value, int from, int to, String unit) {

    enum Kind { NUMBER, BLANK, TEXT }

    private static final CellValue BLANK = new CellValue(Kind.BLANK, "", 0, 0, "");
    private static final CellValue TEXT = new CellValue(Kind.TEXT, "", 0, 0, "");

    /**
     * Sign or change wording, then digits (thousands groups split by ',' or by the space a PDF put there), an
     * optional decimal part and an optional unit. Matched against the folded cell text.
     */
    private static final Pattern NUMBER = Pattern.compile(
            "^\\s*((增加|减少|新增|增|减|[+\\-−])?\\s*"
                    + "(\\d{1,3}(?:[, ]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)"
                    + "\\s*(万元|亿元|千元|元|万|件|项|个|条|次|人|家|宗)?)\\s*$");
    /** Cells that stand for "left out": a dash, a slash, a cross. */
    private static final Pattern BLANK_MARK = Pattern.compile("^\\s*[-—–−/\\\\×xX~～_]*\\s*$");
    /** A question mark standing for a character a copy could not encode (a no-break space), before a number. */
    private static final Pattern LOST_CHARACTER = Pattern.compile("^\\s*\\?\\s+");
    /** A zero in words: 无 / 零 in a number column. */
    private static final Pattern ZERO_WORD = Pattern.compile("^\\s*(无|零|〇)\\s*$");

    static CellValue blank() {
        return BLANK;
    }

    /** Reads a cell's text (original or folded: the text is folded here). */
    static CellValue parse(String cellText) {
        if (cellText == null || cellText.isEmpty()) {
            return BLANK;
        }
        CellValue plain = plainDigits(cellText);
        if (plain != null) {
            return plain;
        }
        String s = ascii(cellText) ? cellText : NormalizedText.foldAll(cellText);
        if (BLANK_MARK.matcher(s).matches()) {
            return BLANK;
        }
        Matcher zero = ZERO_WORD.matcher(s);
        if (zero.matches()) {
            return new CellValue(Kind.NUMBER, "0", zero.start(1), zero.end(1), "");
        }
        Matcher m = NUMBER.matcher(s);
        Matcher lost = LOST_CHARACTER.matcher(s);
        if (!m.matches() && lost.lookingAt()) {
            m.region(lost.end(), s.length()); // `? 0`: a character the copy could not encode, then the number
        }
        if (!m.matches()) {
            return TEXT;
        }
        String digits = m.group(3).replace(",", "").replace(" ", "");
        if (digits.startsWith(".")) {
            digits = "0" + digits;
        }
        String sign = m.group(2) == null ? "" : m.group(2);
        boolean negative = sign.equals("-") || sign.equals("−") || sign.startsWith("减");
        String value = plain(NumberText.parse(digits));
        if (negative && !value.equals("0")) {
            value = "-" + value;
        }
        return new CellValue(Kind.NUMBER, value, m.start(1), m.end(1), m.group(4) == null ? "" : m.group(4));
    }

    /** The common cell, "0" or "128" with maybe spaces around: read without the regular expressions. */
    private static CellValue plainDigits(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) == ' ') {
            a++;
        }
        while (b > a && s.charAt(b - 1) == ' ') {
            b--;
        }
        if (b == a || b - a > 12) {
            return null;
        }
        for (int i = a; i < b; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        int lead = a;
        while (lead < b - 1 && s.charAt(lead) == '0') {
            lead++;
        }
        return new CellValue(Kind.NUMBER, s.substring(lead, b), a, b, "");
    }

    /** Most cells are plain digits: folding them would only cost time. */
    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean isBlank() {
        return kind == Kind.BLANK;
    }

    /** A number or a blank: a cell that holds (or should hold) a figure. */
    boolean isValue() {
        return kind != Kind.TEXT;
    }

    /**
     * The value in the field's unit. The unit comes from the cell when it names one, else from the column header
     * ({@code headerUnit}), else the number is taken to be in the field's unit already.
     */
    String valueIn(String fieldUnit, String headerUnit) {
        if (kind != Kind.NUMBER) {
            return "";
        }
        String stated = !unit.isEmpty() ? unit : headerUnit == null ? "" : headerUnit;
        BigDecimal factor = factor(stated, fieldUnit == null ? "" : fieldUnit);
        if (factor == null) {
            return value;
        }
        return plain(new BigDecimal(value).multiply(factor));
    }

    /** The factor from a stated unit to the field's unit; null when no conversion applies. */
    private static BigDecimal factor(String stated, String fieldUnit) {
        BigDecimal statedYuan = yuan(stated);
        BigDecimal fieldYuan = yuan(fieldUnit);
        if (statedYuan != null && fieldYuan != null) {
            return statedYuan.divide(fieldYuan, 12, RoundingMode.HALF_UP);
        }
        if (stated.equals("万") && fieldYuan == null) {
            return BigDecimal.valueOf(10_000); // a count written as 1.2万
        }
        return null;
    }

    /** How many yuan one of a money unit is; null for a unit that is not money. */
    private static BigDecimal yuan(String unit) {
        return switch (unit) {
            case "元" -> BigDecimal.ONE;
            case "千元" -> BigDecimal.valueOf(1_000);
            case "万元" -> BigDecimal.valueOf(10_000);
            case "亿元" -> BigDecimal.valueOf(100_000_000);
            default -> null;
        };
    }

    /** The unit a header names for its column: （单位：万元）, (元), 金额（万元）. "" when it names none. */
    static String unitOfHeader(String header) {
        if (header == null) {
            return "";
        }
        String h = SPACES.matcher(NormalizedText.foldAll(header)).replaceAll("");
        Matcher m = HEADER_UNIT.matcher(h);
        return m.find() ? m.group(1) : "";
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** 单位：万元 or (元) in a header, folded: full-width brackets and colons are ASCII by now. */
    private static final Pattern HEADER_UNIT = Pattern.compile("(?:单位:?|\\()(万元|亿元|千元|元)");

    private static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        return s.toPlainString();
    }
}
