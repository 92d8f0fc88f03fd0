package org.ogireview.extract;

import org.ogireview.model.Qualifier;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stated number with the report's hedging around it: 3万余条 is 30000 more_than, 约200人 is 200 about, 不足10件
 * is 10 less_than. {@link #REGEX} is the fragment the extractor's patterns use for "a number here"; {@link #read}
 * turns a match of it back into a value.
 *
 * @param value     null for a blank ("主动公开政府信息 条")
 * @param qualifier how the report hedges the number
 */
public record Quantity(BigDecimal value, Qualifier qualifier) {

    /**
     * A number with its qualifiers, in named groups: qpre (约, 近, 超过, 不足 …), qnum, qmid (余/多 before the
     * multiplier, as in 5余万), qmul (千/万/亿), qmid2 (余/多 after it), or qblank (spaces or underscores standing
     * where the publisher left the number out).
     */
    public static final String REGEX = "(?:(?:(?<qpre>大约|约为|约有|约|将近|接近|近|逾|超过|多于|不少于|不足|不到|少于|未满)[ ]?)?"
            + "(?<qnum>" + NumberText.REGEX + ")[ ]?(?<qmid>余|多)?(?<qmul>万|亿|千)?(?<qmid2>余|多)?"
            + "|(?<qblank>[ _]{1,8}|[xX×]{2,4}))";
    /** Hedging written after the unit: 以上, 左右 …; in group qpost. */
    public static final String POST = "(?<qpost>以上|左右|之多|有余|余)?";

    private static final Pattern ONLY = Pattern.compile("^" + REGEX + "[ ]?" + POST + "$");

    public boolean isBlank() {
        return value == null;
    }

    /** The canonical value text ("" for a blank). */
    public String text() {
        return value == null ? "" : NumberText.format(value);
    }

    public Quantity times(BigDecimal factor) {
        return value == null ? this : new Quantity(value.multiply(factor), qualifier);
    }

    /** The quantity a match of a pattern built with {@link #REGEX} (and optionally {@link #POST}) found. */
    public static Quantity read(Matcher m) {
        if (m.group("qblank") != null) {
            return new Quantity(null, Qualifier.BLANK_IN_SOURCE);
        }
        BigDecimal v = NumberText.parse(m.group("qnum"), m.group("qmul"));
        if (v == null) {
            return null;
        }
        Qualifier q = Qualifier.EXACT;
        String pre = m.group("qpre");
        if (pre != null) {
            q = switch (pre) {
                case "逾", "超过", "多于", "不少于" -> Qualifier.MORE_THAN;
                case "不足", "不到", "少于", "未满" -> Qualifier.LESS_THAN;
                default -> Qualifier.ABOUT;
            };
        }
        if (m.group("qmid") != null || m.group("qmid2") != null) {
            q = Qualifier.MORE_THAN;
        }
        String post = m.group("qpost"); // every pattern built on REGEX carries POST
        if (post != null) {
            q = post.equals("左右") ? Qualifier.ABOUT : Qualifier.MORE_THAN;
        }
        return new Quantity(v, q);
    }

    /** Parses a standalone number with qualifiers, e.g. a table cell ("1 136", "约200", "3万余"); null if none. */
    public static Quantity parse(String normalized) {
        String s = normalized.strip();
        Matcher m = ONLY.matcher(s);
        if (s.isEmpty() || !m.matches() || m.group("qblank") != null) {
            return null;
        }
        return read(m);
    }
}
