package org.ogireview.check;

import org.ogireview.extract.NormalizedText;
import org.ogireview.extract.NumberText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in a report's text, the statements "主动公开政府信息 N 条，比上年（比2011年）多/增加/减少 M 条" and who they speak
 * for: the whole body (全市, 我区) or a part of it (市级部门, 区县, 乡镇).
 *
 * <p>Why text and not figures: part-level numbers are not catalogue figures (the catalogue holds the whole body's
 * figures only, and the extractor keeps one figure per key), so adding {@code #part} keys would push non-catalogue
 * keys through the store, the export and the scoring for the sake of one check. The statements are needed only
 * here, so the check reads them where they are. Matching runs on the folded text (Traditional to Simplified,
 * full-width to ASCII), so 瀘州's "比2011年多2385條" is found too.
 */
final class GrowthStatements {

    /** Whose numbers a statement gives. */
    enum Level { WHOLE, PART }

    /**
     * One statement: the subject as written (e.g. "市级政府部门"), the total and the signed change.
     *
     * @param start offset of the statement in the report text
     */
    record Statement(Level level, String subject, BigDecimal total, BigDecimal change, int start) {
    }

    private static final String NUM = "(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万)?";
    private static final Pattern STATEMENT = Pattern.compile(
            "主动公开(?:各类)?(?:政府)?信息(?:共计|共|总计)?\\s*" + NUM + "\\s*条"
                    + "[^。;；\\n]{0,8}?(?:较|比|同比)(?:上年|上一年|去年|上年度|(?:19|20)\\d\\d年度?)?(?:同期)?(?:相比)?"
                    + "[,，]?\\s*(多|增加|增长|减少|少|下降)了?\\s*" + NUM + "\\s*条");
    /** Levels below the body: its own level, its districts and counties, its towns. Checked before WHOLE. */
    private static final Pattern PART_LEVEL = Pattern.compile(
            "市级|市本级|市直|区级|县级|区县|区、县|县区|县、区|县\\(市、区\\)|县\\(区\\)|乡镇|乡、镇|街道|镇级");
    /** Departments or units: a part unless the subject says 全市 (全市各部门 speaks for the whole). */
    private static final Pattern PART_UNITS = Pattern.compile("部门|单位");
    private static final Pattern WHOLE = Pattern.compile("全市|全区|全县|全州|全省|全盟|全旗|全镇|我市|本市|我区|本区|我县|本县|各级");
    private static final Pattern CLAUSE_START = Pattern.compile("[。;；!！?？\\n]");
    private static final int MAX_SUBJECT = 40;
    /** "2012年" in a subject says when, not who: left out of the subject a message shows. */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d年度?[,，]?");

    private GrowthStatements() {
    }

    static List<Statement> find(String text) {
        String folded = NormalizedText.foldAll(text);
        List<Statement> out = new ArrayList<>();
        Matcher m = STATEMENT.matcher(folded);
        while (m.find()) {
            String subject = subjectBefore(folded, m.start());
            Level level = levelOf(subject);
            if (level == null) {
                continue;
            }
            BigDecimal total = number(m.group(1), m.group(2));
            BigDecimal change = number(m.group(4), m.group(5));
            String verb = m.group(3);
            if (verb.equals("减少") || verb.equals("少") || verb.equals("下降")) {
                change = change.negate();
            }
            out.add(new Statement(level, YEAR.matcher(subject).replaceAll("").strip(), total, change, m.start()));
        }
        return out;
    }

    static Level levelOf(String subject) {
        if (PART_LEVEL.matcher(subject).find()) {
            return Level.PART;
        }
        if (WHOLE.matcher(subject).find()) {
            return Level.WHOLE;
        }
        return PART_UNITS.matcher(subject).find() ? Level.PART : null;
    }

    /** The clause before a match: from the last sentence break, at most 40 characters back. */
    private static String subjectBefore(String text, int at) {
        int from = Math.max(0, at - MAX_SUBJECT);
        String window = text.substring(from, at);
        Matcher m = CLAUSE_START.matcher(window);
        int cut = 0;
        while (m.find()) {
            cut = m.end();
        }
        return window.substring(cut);
    }

    /** The value by the extractor's one number grammar ({@link NumberText}), 万 as its multiplier. */
    private static BigDecimal number(String digits, String wan) {
        return NumberText.parse(digits, wan);
    }
}
