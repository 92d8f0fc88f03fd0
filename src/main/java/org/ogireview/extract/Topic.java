package org.ogireview.extract;

import java.util.regex.Pattern;

/**
 * What a part of a narrative report is about, read from its heading. A figure is taken from the part of its own
 * topic (行政复议 from the reconsideration part, not from a mention in the overview).
 */
public enum Topic {
    /** Text before the first heading: title, page header, preamble. */
    PREAMBLE,
    OVERVIEW,
    PROACTIVE,
    APPLICATIONS,
    FEES,
    /** Reconsideration, litigation, complaints (复议、诉讼和申诉). */
    REVIEW,
    /** Problems, improvements and next year's plans: no figures of the year. */
    PROBLEMS,
    /** A heading about disclosure as a whole (二、政府信息公开情况): any figure may stand there. */
    GENERAL,
    OTHER;

    // Order matters: 因政府信息公开申请行政复议 is about review, 依申请公开的收费 about fees.
    private static final Pattern REVIEW_WORDS = Pattern.compile("复议|诉讼|申诉|举报|投诉");
    private static final Pattern FEE_WORDS = Pattern.compile("收费|减免|费用|收取");
    private static final Pattern APPLICATION_WORDS = Pattern.compile("依申请|申请公开|公开申请|受理申请|申请情况|申请的?办理");
    private static final Pattern PROACTIVE_WORDS = Pattern.compile("主动公开");
    private static final Pattern PROBLEM_WORDS = Pattern.compile(
            "问题|改进|不足|打算|工作计划|工作安排|下一步|展望|努力方向|工作思路|整改|工作重点|工作要点");
    private static final Pattern OVERVIEW_WORDS = Pattern.compile("概述|概况|基本情况|总体情况|基本工作|工作情况|总体|总述|基本信息");
    private static final Pattern GENERAL_WORDS = Pattern.compile("信息公开情况|公开工作情况|统计|数据");
    private static final Pattern OTHER_WORDS = Pattern.compile("其他|其它");

    /** The topic a heading names, or null when its words name none (a sub-heading then inherits its parent's). */
    public static Topic ofHeading(String normalizedHeading) {
        String h = normalizedHeading;
        if (REVIEW_WORDS.matcher(h).find()) {
            return REVIEW;
        }
        if (FEE_WORDS.matcher(h).find()) {
            return FEES;
        }
        if (APPLICATION_WORDS.matcher(h).find()) {
            return APPLICATIONS;
        }
        if (PROACTIVE_WORDS.matcher(h).find()) {
            return PROACTIVE;
        }
        if (PROBLEM_WORDS.matcher(h).find()) {
            return PROBLEMS;
        }
        if (OVERVIEW_WORDS.matcher(h).find()) {
            return OVERVIEW;
        }
        if (GENERAL_WORDS.matcher(h).find()) {
            return GENERAL;
        }
        if (OTHER_WORDS.matcher(h).find()) {
            return OTHER;
        }
        return null;
    }
}
