package org.ogireview.extract;

import org.ogireview.ingest.TextTable;
import org.ogireview.model.ReportFormat;

import java.util.List;

/**
 * Narrative, trial standard tables (2019) or revised standard tables (2021), from the content.
 *
 * <p>The standard format is recognised by the wording of its application table (and of table 二); the version by
 * the columns of table 二, which the revision changed (本年制发件数 / 本年废止件数 / 现行有效件数 and 本年收费金额 against
 * 本年新制作数量 / 本年新公开数量 / 对外公开总数量 and 上一年项目数量 / 本年增/减), and by the sub-rows the revision gave
 * （六）其他处理. Only when the content does not tell the versions apart does the report year decide: 2019-2020 are
 * trial years, 2021 on revised. Spaces are ignored throughout: PDF text puts them inside words.
 */
final class FormatDetector {

    private static final List<String> REVISED = List.of("本年制发件数", "本年废止件数", "现行有效件数", "本年收费金额",
            "逾期不补正", "逾期未按收费通知");
    private static final List<String> TRIAL = List.of("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量",
            "采购项目数量", "采购总金额", "其他对外管理服务事项");
    private static final List<String> APPLICATION_TABLE = List.of("本年新收政府信息公开申请", "上年结转政府信息公开申请",
            "区分处理的", "本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确", "信访举报投诉类申请",
            "要求提供公开出版物", "大量反复申请", "结转下年度继续办理", "三安全一稳定", "属于四类过程性信息", "属于行政执法案卷",
            "未经复议直接起诉", "复议后起诉");
    /** Distinct template phrases that make a standard table. */
    private static final int MIN_APPLICATION_PHRASES = 3;
    private static final int MIN_TABLE2_PHRASES = 2;
    /** The revised 条例 (in force 2019-05-15) brought the standard tables, first used for the 2019 reports. */
    private static final int FIRST_TABLE_YEAR = 2019;

    ReportFormat detect(NormalizedText text, List<TextTable> tables, Integer year) {
        String compact = compact(LabelText.withoutRuby(text.normalized()));
        int revised = count(compact, REVISED);
        int trial = count(compact, TRIAL);
        int application = count(compact, APPLICATION_TABLE);
        if (application < MIN_APPLICATION_PHRASES && revised + trial < MIN_TABLE2_PHRASES) {
            // no table in the text: a report of 2019 on was still written for the tables of its year (a copy that
            // stops before them, a page that prints them as an image), so its keys are those of its year
            return year == null || year < FIRST_TABLE_YEAR ? ReportFormat.NARRATIVE
                    : year <= 2020 ? ReportFormat.TABLE2019 : ReportFormat.TABLE2021;
        }
        if (revised != trial) {
            return revised > trial ? ReportFormat.TABLE2021 : ReportFormat.TABLE2019;
        }
        if (year != null && year <= 2020) {
            return ReportFormat.TABLE2019;
        }
        return ReportFormat.TABLE2021;
    }

    private static int count(String compact, List<String> phrases) {
        int n = 0;
        for (String p : phrases) {
            if (compact.contains(p)) {
                n++;
            }
        }
        return n;
    }

    private static String compact(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '|') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
