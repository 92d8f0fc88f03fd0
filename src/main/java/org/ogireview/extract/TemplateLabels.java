package org.ogireview.extract;

import org.ogireview.extract.FieldVocabulary.Table2Row;
import org.ogireview.model.ReportFormat;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words the {@link TemplateDecoder} steers by: what opens and ends table 三, which table-二 row a label names
 * (rows and their phrases from the {@link FieldVocabulary}), the template's columns of each table-二 row, and the
 * cells that are no cell (page footers, sentences).
 */
final class TemplateLabels {

    /** Page footers and page counters a converter leaves inside a table: -3-, 第3页, 共5页. */
    static final Pattern FOOTER = Pattern.compile(
            "^(?:[-—–]\\s*\\d{1,3}\\s*[-—–]|第\\s*\\d{1,3}\\s*页(?:\\s*[,/共]\\s*\\d{1,3}\\s*页)?|共\\s*\\d{1,3}\\s*页"
                    + "|\\d{1,3}\\s*/\\s*\\d{1,3})$");
    /** What only a sentence holds: a count with its unit, a full stop. */
    static final Pattern PROSE = Pattern.compile("\\d\\s*(?:件|条|项|个|次|人|篇|期|场)|。");
    /** The rows of table 二: the vocabulary's. */
    private static final List<Table2Row> PROACTIVE_ROWS = FieldVocabulary.standard().table2Rows();

    private TemplateLabels() {
    }


    /** Words that open table 三: its header, its title, or its first rows. */
    static boolean startsApplications(String w) {
        return w.contains("勾稽") || w.contains("申请人情况")
                || w.length() <= 24 && w.contains("收到和处理政府信息公开申请") || startsWithRow(w);
    }


    /** The first rows of table 三 open it even where its header was lost. */
    static boolean startsWithRow(String w) {
        return w.length() <= 30 && (w.contains("本年新收") || w.contains("上年结转"));
    }


    /** Words after table 三: table 四, the next heading, the problems part. */
    static boolean endsApplications(String w) {
        return w.contains("行政复议") || w.contains("行政诉讼") || w.startsWith("四、") && !w.contains("结转")
                || w.contains("存在的主要问题");
    }


    /** The table-二 row a label names: its annotation in brackets dropped, 檔案 read as 文件 (a converter's slip). */
    static Table2Row proactiveRow(String compact) {
        String w = LabelText.words(compact).replace("档案", "文件");
        int bracket = w.indexOf('(');
        if (bracket > 0) {
            w = w.substring(0, bracket);
        }
        if (w.isEmpty() || w.length() > 16) {
            return null;
        }
        Table2Row best = null;
        double bestScore = 0.8;
        for (Table2Row d : PROACTIVE_ROWS) {
            double s = w.equals(d.canonical()) ? 1.0 : 0;
            for (String core : d.cores()) {
                if (w.contains(core) && w.length() <= d.canonical().length() + 4) {
                    s = Math.max(s, 0.9 + 0.005 * core.length());
                }
            }
            if (d.canonical().length() > 2) {
                s = Math.max(s, LabelText.similarity(w, d.canonical(), bestScore));
            }
            if (s > bestScore) {
                bestScore = s;
                best = d;
            }
        }
        return best;
    }

    /** The columns of a table-二 row in the template of the report's version (trial 2019 or revised 2021). */
    static List<String> template(String part, ReportFormat format) {
        return FieldVocabulary.standard().table2Template(
                format == ReportFormat.TABLE2019 ? ReportFormat.TABLE2019 : ReportFormat.TABLE2021, part);
    }
}
