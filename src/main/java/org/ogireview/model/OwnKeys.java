package org.ogireview.model;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

import java.util.Optional;

/**
 * Keys of report-specific figures: figures a report states under its own label, for which the catalogue
 * ({@code fields.csv}) has no key: a province's own category list (机构职能类, 重大建设项目 …), 新闻发布会 in a
 * table-era report, 网站访问量. They are kept beside the catalogue figures and never take a catalogue key.
 *
 * <p>The key is derived from the label alone, so the same label gets the same key in every report:
 * <pre>
 *   own.[cat.]FOLDED
 * </pre>
 * {@code cat.} marks a category of the report's own list of proactively disclosed items (the parts the check
 * "categories add up to the total" sums). FOLDED is the label with Traditional characters folded to Simplified
 * (ICU Traditional-Simplified) and 其它 to 其他, full-width forms to ASCII (NFKC), every character that is not a letter or a digit
 * dropped (spaces, punctuation, {@code .} and {@code @}, so a key never looks like a derived catalogue key). A
 * category also drops one trailing 类信息, 类 or 信息, the words reports add to a category's name at will: 行政许可类信息,
 * 行政许可类 and 行政许可 are one category, 重大建设项目信息 and 重大建设项目类 another. 部門新聞類 →
 * {@code own.cat.部门新闻}; 新闻发布会 → {@code own.新闻发布会}. At most 60 characters of the label are kept.
 */
public final class OwnKeys {

    public static final String PREFIX = "own.";
    public static final String CATEGORY_PREFIX = PREFIX + "cat.";
    /** The form section of a report-specific figure that is not a category. */
    public static final String SECTION = "other";
    /** Longest folded label kept in a key (the figures table holds keys of 200 characters). */
    private static final int MAX_LABEL = 60;

    private static final java.util.List<String> CATEGORY_SUFFIXES = java.util.List.of("类信息", "类", "信息");

    private static final Transliterator T2S = Transliterator.getInstance("Traditional-Simplified");
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private OwnKeys() {
    }

    /** The key of a report-specific figure with this label; empty when nothing of the label is left to key on. */
    public static Optional<String> of(String label, boolean category) {
        String folded = fold(label);
        if (category) {
            for (String suffix : CATEGORY_SUFFIXES) {
                if (folded.endsWith(suffix) && folded.length() - suffix.length() >= 2) {
                    folded = folded.substring(0, folded.length() - suffix.length());
                    break;
                }
            }
        }
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((category ? CATEGORY_PREFIX : PREFIX) + folded);
    }

    /** The label as it stands in keys: see the class comment. */
    public static String fold(String label) {
        if (label == null) {
            return "";
        }
        String s;
        synchronized (T2S) {
            s = T2S.transliterate(NFKC.normalize(label));
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        String out = b.toString().replace("其它", "其他");
        return out.length() > MAX_LABEL ? out.substring(0, MAX_LABEL) : out;
    }

    public static boolean isOwn(String key) {
        return key != null && key.startsWith(PREFIX);
    }

    /** True for a category of the report's own list of proactively disclosed items. */
    public static boolean isCategory(String key) {
        return key != null && key.startsWith(CATEGORY_PREFIX);
    }

    /** The folded label a key was derived from. */
    public static String labelOf(String key) {
        if (isCategory(key)) {
            return key.substring(CATEGORY_PREFIX.length());
        }
        return isOwn(key) ? key.substring(PREFIX.length()) : key;
    }

    /**
     * The field of a report-specific key, for views and exports that show catalogue fields: the report's own label
     * (the folded one when the report's wording is not at hand), a count, in the proactive section for a category
     * and in "other" otherwise.
     *
     * @param label the label as the report writes it, or null
     * @param unit  the unit the report states, or null
     */
    public static FieldDef fieldOf(String key, String label, String unit) {
        String zh = label == null || label.isBlank() ? labelOf(key) : label.strip();
        String en = (isCategory(key) ? "Report's own category: " : "Report-specific: ") + zh;
        return new FieldDef(key, zh, en, FieldType.COUNT, unit == null ? "" : unit,
                isCategory(key) ? "proactive" : SECTION, "both",
                "report-specific figure (no catalogue key)");
    }
}
