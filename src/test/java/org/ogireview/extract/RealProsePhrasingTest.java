package org.ogireview.extract;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.model.ExtractedFigure;
import org.ogireview.model.ReportFormat;
import org.ogireview.testing.TestFiles;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phrasings of issue 14, each on the real sentence it was found in (the source URL, from
 * {@code reports/real/MANIFEST.md}, stands beside the text), run through the whole extractor: metadata, format, prose
 * rules and the era filter. Each rule is a pattern of the genre; the second case of most tests shows the pattern in
 * other wording, or what must not come of it.
 */
class RealProsePhrasingTest {

    private static final Extractor EXTRACTOR = new Extractor();

    /** key → value (with "/qualifier" when hedged) of everything the extractor finds in the text. */
    static Map<String, String> values(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ExtractedFigure f : EXTRACTOR.extract(IngestedDocument.ofText("t.txt", text)).figures()) {
            out.put(f.key(), f.value() + (f.qualifier().code().isEmpty() ? "" : "/" + f.qualifier().code()));
        }
        return out;
    }

    static ReportFormat format(String text) {
        return EXTRACTOR.extract(IngestedDocument.ofText("t.txt", text)).format();
    }

    @Nested
    class ProactiveTotals {

        /** https://www.cznq.gov.cn/public/161054564/314402916.html (南谯工业开发区 2015) */
        @Test
        void theChannelNamedBeforeTheNumber() {
            Map<String, String> v = values("南谯工业开发区2015年政府信息公开年度报告\n二、主动公开政府信息的情况\n"
                    + "开发区在工作中产生的政府信息经过梳理,2015年新增政府网站主动公开政府信息369条,全文电子化达100%,"
                    + "主要涉及招商引资、规划建设等。其中,业务类信息101条,占27.4%;工作动态类信息108条,占29.3%。");
            assertThat(v).containsEntry("proactive.total", "369")
                    .containsEntry("proactive.work_updates", "108").containsEntry("proactive.work_updates.pct", "29.3");
        }

        /** http://tancheng.gov.cn/info/1251/113422.htm (高科技电子产业园 2018): 工作动态 without 类, in a split */
        @Test
        void aLoneCatalogueCategoryInTheSplitOfTheTotal() {
            Map<String, String> v = values("高科技电子产业园2018年度政府信息公开工作年度报告\n二、政府信息主动公开情况\n"
                    + "2018年,高科技电子产业园按照有关要求,及时进行信息公开工作,在政府信息公开目录上主动公开信息45条,"
                    + "较2017年提升59%,其中公示公告2条,工作动态43条。");
            assertThat(v).containsEntry("proactive.total", "45").containsEntry("proactive.work_updates", "43");
            // a lone category with no total split before it stays a mention
            assertThat(values("2018年度政府信息公开工作年度报告\n二、主动公开情况\n网站更新工作动态43条。"))
                    .doesNotContainKey("proactive.work_updates");
        }
    }

    /**
     * Phrasings the genre notes ({@code shared/notes/report-genre.md}) and the issue name, which the real corpus's
     * excerpts happen not to hold: written in the genre's wording, each beside its counter-case.
     */
    @Nested
    class GenreWordings {

        @Test
        void aTotalWithoutTheWordProactive() {
            assertThat(values("2013年政府信息公开工作年度报告\n二、主动公开政府信息情况\n本年度公开政府信息326条,全文电子化率100%。"))
                    .containsEntry("proactive.total", "326");
        }

        @Test
        void aTotalAfterTheChannelCounts() {
            assertThat(values("2013年政府信息公开工作年度报告\n二、主动公开政府信息情况\n通过政府网站公开信息320条、"
                    + "政务公开栏公开信息56条,总计376条。")).containsEntry("proactive.total", "376");
            // a 合计 outside the proactive part is no proactive total
            assertThat(values("2013年政府信息公开工作年度报告\n三、依申请公开情况\n当面申请3件,网上申请2件,合计5件。"))
                    .doesNotContainKey("proactive.total");
        }

        @Test
        void moreThanAfterTheNumber() {
            assertThat(values("2013年政府信息公开工作年度报告\n二、主动公开政府信息情况\n全年主动公开政府信息300多条。"))
                    .containsEntry("proactive.total", "300/more_than");
        }

        /** The narrative heading's pair (依申请公开…和不予公开…) denied in one sentence, in Traditional characters. */
        @Test
        void applicationsAndRefusalsDeniedTogether() {
            Map<String, String> v = values("2010年政府信息公開工作年度報告\n三、依申請公開政府信息和不予公開政府信息的情況\n"
                    + "本單位2010年沒有發生依申請公開和不予公開政府信息的情況。");
            assertThat(v).containsEntry("applications.received", "0").containsEntry("applications.denied", "0");
            assertThat(values("2010年政府信息公開工作年度報告\n三、依申請公開情況\n本單位沒有申請公開政府信息的情況。"))
                    .containsEntry("applications.received", "0").doesNotContainKey("applications.denied");
            // a review of a refusal is neither
            assertThat(values("2010年政府信息公开工作年度报告\n五、行政复议情况\n未收到申请人对不予公开答复提起的行政复议。"))
                    .doesNotContainKeys("applications.denied", "applications.received").containsEntry("review.total", "0");
        }

        @Test
        void casesCountedBeforeTheNoun() {
            Map<String, String> v = values("2014年政府信息公开工作年度报告\n五、因政府信息公开申请行政复议、提起行政诉讼的情况\n"
                    + "全年发生1起因政府信息公开引起的行政复议,未发生行政诉讼。");
            assertThat(v).containsEntry("review.total", "1").containsEntry("litigation.total", "0");
            assertThat(values("2014年政府信息公开工作年度报告\n三、依申请公开情况\n全年受理3次政府信息公开申请。"))
                    .containsEntry("applications.received", "3");
        }
    }

    @Nested
    class Categories {

        /**
         * https://aizhengw.cn/shenghuo/970565.html (乐山市交通运输委员会 2010, a mirror): 计画 → plans,
         * 人事任免 → personnel (decided with the spec: the catalogue's 计划总结类 and 人事类).
         */
        @Test
        void planAndPersonnelUnderOtherWords() {
            Map<String, String> v = values("乐山市交通运输委员会2010年政府信息公开年度报告\n二、主动公开政府信息情况\n"
                    + "全年通过部门入口网站、乐山市政府网站政府信息公开专栏,主动公开政府信息1500条,其中概况信息876条,"
                    + "占58.4%,计画54条,占3.6%,法规公文信息26条,占1.7%,工作动态信息365条占24.3%、人事任免信息2条,"
                    + "占0.01%,其他信息177条占11.8%。");
            assertThat(v).containsEntry("proactive.plans", "54").containsEntry("proactive.plans.pct", "3.6")
                    .containsEntry("proactive.personnel", "2").containsEntry("proactive.personnel.pct", "0.01");
        }

        /**
         * https://www.newton.com.tw/wiki/2010%E5%B9%B4%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF%E5%85%AC%E9%96%8B%E5%B7%A5%E4%BD%9C%E5%B9%B4%E5%BA%A6%E5%A0%B1%E5%91%8A/16883614
         * (樂山高新區 2010, Traditional): 政策法規類 → regulatory_docs, 人事信息類 → personnel.
         */
        @Test
        void regulatoryDocumentsUnderOtherWordsInTraditionalCharacters() {
            Map<String, String> v = values("2010年政府信息公開工作年度報告\n公開政府信息\n(一)公開內容。\n"
                    + "2010年新增主動公開政府信息57條,其中,部門新聞類10條,占17.5%;概況類1條,占1.8%;計畫總結類7條,"
                    + "占12.3%;政策法規類14條,占24.6%;工作動態類13條,占22.8%,人事信息類1條,占1.8%,其他信息類11條,占19.3%。");
            assertThat(v).containsEntry("proactive.total", "57").containsEntry("proactive.regulatory_docs", "14")
                    .containsEntry("proactive.regulatory_docs.pct", "24.6").containsEntry("proactive.personnel", "1");
        }

        /**
         * http://fjax.gov.cn/zwgk/zfxxgkzl/xzzfxxgk/cxz/zfxxgkndbg/201403/t20140320_972145.htm (安溪县城厢镇 2013):
         * Fujian's 政策、规范性文件类 is regulatory_docs; 规划计划类 is no catalogue category.
         */
        @Test
        void fujianPolicyAndNormativeDocuments() {
            Map<String, String> v = values("安溪县城厢镇2013年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
                    + "2013年,我镇主动公开政府信息86条,其中,机构职能类信息13条,政策、规范性文件类信息12条;"
                    + "规划计划类信息6条,行政许可类信息7条。");
            assertThat(v).containsEntry("proactive.regulatory_docs", "12").doesNotContainKey("proactive.plans");
        }

        /** http://jindazhongye.com/XxgkAnnualReport/show/1705.html (a 镇, 2013, mirror): 计划规划 is not 计划总结 */
        @Test
        void planningIsNoPlansCategory() {
            Map<String, String> v = values("二、主动公开政府信息情况\n(一)主动公开信息数量\n2013年,我镇主动公开政府信息共455条"
                    + "(规范性文件84条,计划规划20条,业务公开累计296条,其他政府信息55条)。");
            assertThat(v).containsEntry("proactive.total", "455").containsEntry("proactive.regulatory_docs", "84")
                    .containsEntry("proactive.other", "55").doesNotContainKey("proactive.plans");
        }
    }

    @Nested
    class Zeros {

        /** http://jindazhongye.com/XxgkAnnualReport/show/1705.html: one zero counted after several things */
        @Test
        void severalThingsCountedZeroInOneClause() {
            Map<String, String> v = values("2013年工作情况\n三、依申请公开政府信息情况和不予公开政府信息的情况\n"
                    + "全年发生依申请和不予公开政府信息条数0条。\n四、政府信息公开的收费及减免情况\n全年依申请公开政府信息支出0元。\n"
                    + "五、因政府信息公开申请行政复议和提起行政诉讼的情况\n全年发生因政府信息公开而被申请行政复议、提起行政诉讼的案件0件。");
            assertThat(v).containsEntry("applications.received", "0").containsEntry("applications.denied", "0")
                    .containsEntry("review.total", "0").containsEntry("litigation.total", "0")
                    .doesNotContainKey("fees.collected"); // 支出0元 is spending, not fees collected (a trap)
        }

        /** http://www.jinxiang.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=11370828004431350G&fbtime=2009 */
        @Test
        void anApplicationsReviewIsNoApplication() {
            Map<String, String> v = values("金乡县水务局2009年政府信息公开工作年度报告\n三、因政府信息公开申请行政复议、提起行政诉讼的情况\n"
                    + "2009年未发生有关政府信息公开申请的行政复议、行政诉讼情况。");
            assertThat(v).containsEntry("review.total", "0").containsEntry("litigation.total", "0")
                    .doesNotContainKey("applications.received");
        }

        /**
         * http://changtu.gov.cn/changtu/zwgk/zfxxgk/zfxxgknb99/2021n2/xzfbmzfxxgkgzndbg/2022031620525054533/index.html:
         * 没有关于… (关 after a negation is 关于, not 无关).
         */
        @Test
        void noneAboutDisclosure() {
            Map<String, String> v = values("一、总体情况\n我局2020年主动公开行政许可33项。目前,没有行政事业性收费项目,"
                    + "没有制作和公开新的规章和规范性文件,没有关于政府信息公开的行政诉讼和行政复议情况。");
            assertThat(v).containsEntry("review.total", "0");
            assertThat(values("一、总体情况\n本单位与行政复议无关。")).doesNotContainKey("review.total");
        }
    }

    @Nested
    class Applications {

        /** https://www.whkfq.gov.cn/xxgk/zfxxgkndbg/2024/jdbsc/202501/t20250117_2519642.html (沌口街 2024) */
        @Test
        void countedInItems() {
            Map<String, String> v = values("现向社会公布2024年度沌口街政府信息公开工作年度报告。\n"
                    + "(二)政府信息依申请公开情况。2024年,沌口街道接到2项政府信息公开的申请。"
                    + "无因政府信息公开工作被申请行政复议或提起行政诉讼的情况。");
            assertThat(v).containsEntry("applications.received", "2").containsEntry("review.total", "0")
                    .containsEntry("report.region", "沌口街");
        }

        /** https://www.qiaokou.gov.cn/xxgk/zfxxgknb/bmjdhz/qzfpcjg/hsq/202501/t20250117_2520179.shtml */
        @Test
        void whoFiledThemBetweenNumberAndNoun() {
            Map<String, String> v = values("硚口区汉水桥街道2024年政府信息公开工作\n年度报告\n(二)依申请公开情况\n"
                    + "2024年1月1日至2024年12月31日,全街收到2件由自然人发起的政府信息公开申请,并依法规范受理、答复。");
            assertThat(v).containsEntry("applications.received", "2").containsEntry("report.year", "2024")
                    .containsEntry("report.region", "硚口区汉水桥街道");
        }

        /** http://www.taicang.gov.cn/taicang/tcgxqgwh03/202301/0efc32f14ed04dda80b7f4b84483444f.shtml */
        @Test
        void theUnitLeftOut() {
            Map<String, String> v = values("太仓高新区2022年政府信息公开工作年度报告\n(二)收到和处理政府信息公开申请情况\n"
                    + "2022年我区收到政府信息公开申请1,全年无因依申请公开引起投诉、复议及诉讼情况。\n"
                    + "(三)政府信息公开行政复议、行政诉讼情况\n2022年我区处理民事诉讼2件,无行政诉讼和行政复议案件。");
            assertThat(v).containsEntry("applications.received", "1").containsEntry("review.total", "0");
            // a thousands mark is no end of the clause (chaoyang 2015, blind corpus)
            assertThat(values("2015年,全区各行政机关共收到政府信息公开申请3,216件。"))
                    .containsEntry("applications.received", "3216");
        }

        /** https://www.866tx.com/art/2023/1/19/art_1229709995_71123.html (a mirror; Traditional) */
        @Test
        void inTraditionalCharacters() {
            Map<String, String> v = values("特編制杭州錢江經濟開發區2022年度政府信息公開工作報告,并向社會公布。\n"
                    + "(二)依申請公開情況。2022年,錢江經濟開發區嚴格按照政府信息公開工作各項規定,對政府信息公開申請進行辦理和答復。"
                    + "累計收到政府信息公開申請2件,都已及時準確地進行了答復。");
            assertThat(v).containsEntry("applications.received", "2")
                    .containsEntry("report.region", "杭州钱江经济开发区").containsEntry("report.year", "2022");
        }
    }

    @Nested
    class TableReportsProse {

        /**
         * A copy of a 2022 report that stops before its tables is still a table2021 report: no narrative-only keys
         * (the 1010條(次) total, 无…投诉), the prose figures of table keys stand.
         * http://www.866tx.com/art/2023/1/19/art_1229709995_71123.html
         */
        @Test
        void aTableEraCopyWithoutTablesKeepsItsEra() {
            String text = "特編制杭州錢江經濟開發區2022年度政府信息公開工作報告,并向社會公布。\n一、總體情況\n"
                    + "(一)主動公開情況。2022年,錢江經濟開發區主動公開政務信息1010條(次)。\n"
                    + "(二)依申請公開情況。累計收到政府信息公開申請2件,都已及時準確地進行了答復。";
            assertThat(format(text)).isEqualTo(ReportFormat.TABLE2021);
            assertThat(values(text)).doesNotContainKey("proactive.total").containsEntry("applications.received", "2");
        }

        /** https://www.qiaokou.gov.cn/xxgk/zfxxgknb/bmjdhz/qzfpcjg/hsq/202501/t20250117_2520179.shtml */
        @Test
        void normativeDocumentsInProse() {
            Map<String, String> v = values("硚口区汉水桥街道2024年政府信息公开工作\n年度报告\n(一)主动公开情况\n"
                    + "2024年街道制定规范性文件0件,废除规范性文件0件,正在实施的规范性文件0件。");
            assertThat(v).containsEntry("proactive.normative_docs.issued", "0")
                    .containsEntry("proactive.normative_docs.repealed", "0")
                    .containsEntry("proactive.normative_docs.in_force", "0");
            // 规章制度 are a body's own rules, not 规章
            assertThat(values("2024年政府信息公开工作年度报告\n(一)主动公开情况\n制定规章制度3项。"))
                    .doesNotContainKey("proactive.rules.issued");
        }

        /** Where the table states the figure, the table wins over the prose, whatever the prose says. */
        @Test
        void aTableCellWinsOverTheProse() throws Exception {
            String table = java.nio.file.Files.readString(TestFiles.bundledReport("hongze-2023.txt"));
            int at = table.indexOf("三、收到和处理政府信息公开申请情况");
            assertThat(at).isPositive();
            String text = table.substring(0, at) + "(二)依申请公开情况\n全年收到政府信息公开申请1件。\n" + table.substring(at);
            assertThat(values(text)).containsEntry("applications.received", "21");
        }

        /** https://yangling.gov.cn/zwgk/gknb/bmnb/1619593655548706818.html: 未收到依申请公开事项 with table 三 cut */
        @Test
        void aZeroInProseWhereTheTableIsCut() {
            Map<String, String> v = values("一、总体情况\n根据《中华人民共和国政府信息公开条例》规定,现公布我局2022年政府信息公开工作年度报告。\n"
                    + "(二)依申请公开情况\n2022年,未收到依申请公开事项.\n二、主动公开政府信息情况\n"
                    + "第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 | 0 | 0 | 0 |\n");
            assertThat(v).containsEntry("applications.received", "0").containsEntry("report.year", "2022")
                    .doesNotContainKey("report.region"); // 我局 names no body; the sentence before it is no region
        }

        /**
         * https://newton.com.tw/wiki/2010%E5%B9%B4%E5%BA%A6%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF%E5%85%AC%E9%96%8B%E5%B9%B4%E5%BA%A6%E5%A0%B1%E5%91%8A
         * (樂山 法制辦 2010): 其中主站採用15條 is how many the main site ran, no figure; 法制新聞 has no key.
         */
        @Test
        void whatTheMainSiteRanIsNoFigure() {
            Map<String, String> v = values("2010年度政府信息公開年度報告\n二、主動公開政府信息情況\n2010年根據市政府關於政府信息公開的要求,"
                    + "我辦及時、準確的在市政府入口網站和法制辦網站進行了主動公開信息27條,其中概況信息1條、計畫總結1條、工作動態3條、"
                    + "法規公文10條、法制新聞12條,其中主站採用15條。");
            assertThat(v).containsEntry("proactive.total", "27").containsEntry("proactive.overview", "1")
                    .containsEntry("proactive.plans", "1").containsEntry("proactive.work_updates", "3")
                    .containsEntry("proactive.regulatory_docs", "10").doesNotContainValue("15").doesNotContainValue("12");
        }

        /** Traps of table-era prose: 处理民事诉讼2件 (10), 更新行政处罚决定3条 (12), 新闻发布会0次 (17). */
        @Test
        void countsOfOtherThingsStayOut() {
            Map<String, String> v = values("2024年度沌口街政府信息公开工作年度报告\n(一)主动公开情况。2024年,沌口街道全年公布政府信息12条,"
                    + "其中更新领导信息1条,更新行政处罚决定3条。\n(三)政府信息公开行政复议、行政诉讼情况\n2024年处理民事诉讼2件。\n"
                    + "通过不同渠道和方式回应解读情况:举办新闻发布会0次。");
            assertThat(v).doesNotContainKeys("proactive.penalty.decisions", "review.total", "litigation.total",
                    "channels.press_conferences", "proactive.total");
        }
    }

    @Nested
    class Metadata {

        /** http://tancheng.gov.cn/info/1251/113422.htm: no title; a naming sentence; 公开日期 in a page table */
        @Test
        void theBodyFromTheNamingSentenceAndTheDateFromItsLabel() {
            Map<String, String> v = values("[ 索 引  号 ] | tanchenggkjdzcyy/2019-0000013 | [ 文 号 ] | [ 发布机构 ] | 郯城县郯城经济开发区管委会 | |\n"
                    + "---|---|---|---|---|---|\n[ 成文日期 ] | 2019-03-20 | [ 公开日期 ] | 2019-03-25 | [ 有 效 性 ] | 有效中 |\n"
                    + "根据《中华人民共和国政府信息公开条例》规定和县政府办公室《关于做好2018年度政府信息公开年度报告编制发布工作的通知》要求,"
                    + "特编制高科技电子产业园2018年度政府信息公开工作年度报告,并向社会公布。\n一、信息公开工作情况概述\n");
            assertThat(v).containsEntry("report.region", "高科技电子产业园").containsEntry("report.year", "2018")
                    .containsEntry("report.published_on", "2019-03-25"); // not the 成文日期
        }

        /**
         * http://fjax.gov.cn/zwgk/zfxxgkzl/xzzfxxgk/cxz/zfxxgkndbg/201403/t20140320_972145.htm: the 索引号's year and
         * the 公文生成日期 are no report year or publication date.
         */
        @Test
        void theIndexNumbersYearIsNoReportYear() {
            String header = "    • 索 引 号:QZ09045-1620-2017-20153\n    • 备注/文号:城政〔2014〕25号\n    • 发布机构:城厢镇\n"
                    + "    • 公文生成日期:2014-03-19\n";
            Map<String, String> v = values(header + "    安溪县城厢镇2013年政府信息公开工作年度报告\n    来源:城厢镇 时间:2014-03-20 15:36\n");
            assertThat(v).containsEntry("report.year", "2013").containsEntry("report.region", "安溪县城厢镇")
                    .containsEntry("report.published_on", "2014-03-20");
            assertThat(values(header + "\n    一、概述\n    2013年,城厢镇在镇委、镇政府的正确领导下,按照上级信息公开工作的统一部署。"))
                    .containsEntry("report.year", "2013").doesNotContainKey("report.published_on");
        }

        /** http://lnst.gov.cn/html/CYSTQ/202101/0163350250579547.html: an update date is no publication date */
        @Test
        void anUpdateDateIsNoPublicationDate() {
            Map<String, String> v = values("双塔区前进街道2020年政府信息公开工作年度报告\n"
                    + "更新日期:2021-01-20 信息来源:双塔区政务公开办 浏览:\n\n本年度报告是根据《中华人民共和国政府信息公开条例》"
                    + "(以下称《条例》)等相关文件要求,现将2020年度前进街道政府信息公开工作情况报告如下:");
            assertThat(v).containsEntry("report.region", "双塔区前进街道").doesNotContainKey("report.published_on");
        }

        /** http://changtu.gov.cn/changtu/zwgk/zfxxgk/zfxxgknb99/2022n52/xzzfxxgkgzndbg/2024013110470592735/index.html */
        @Test
        void aScrambledTitle() {
            Map<String, String> v = values("昌图县人民政府 The People's Government of Changtu Municipality\n\n政府信息公开\n\n"
                    + "昌图县七家子镇2023年政府信息公开 工作告年度报\n\n来源:昌图县人民政府办公室 时间:2024-01-31\n\n  一、总体情况\n\n"
                    + "  2023年,我镇认真贯彻落实《中华人民共和国政府信息公开条例 》。现将我镇2023年度政府信息公开工作报告如下:");
            assertThat(v).containsEntry("report.region", "昌图县七家子镇").containsEntry("report.year", "2023")
                    .containsEntry("report.published_on", "2024-01-31");
        }

        /** https://www.huangpi.gov.cn/jxzl/slqj_jxzl/zfxxgkndbg_slqj/202101/t20210127_1618961.html: no title at all */
        @Test
        void theYearFromTheOpeningSentence() {
            assertThat(values("一、总体情况\n2020年,我街按照全区政府信息公开工作的总体要求,坚持以“公开为常态,不公开为例外”。"))
                    .containsEntry("report.year", "2020").doesNotContainKey("report.region");
            // http://changtu.gov.cn/…/2022031620525054533/index.html: the year the preamble's request names
            assertThat(values("一、总体情况\n按照《中华人民共和国政府信息公开条例》的有关规定,以及昌图县政务公开办关于2021年度"
                    + "政府信息公开的具体工作要求,我局安排相关工作人员做了认真统计。\n我局2020年主动公开行政许可33项。"))
                    .containsEntry("report.year", "2021");
        }

        /**
         * http://gk.ziyang.gov.cn/year_details.aspx?dept=158&id=31175 (南薰乡 2014, named only in 六) and
         * https://dj.longwan.gov.cn/art/2022/1/25/art_1229619120_59664754.html (湖南镇, named in quotes).
         */
        @Test
        void aTownshipThatCallsItselfWeNamedElsewhere() {
            assertThat(values("现将我乡2014年政府信息公开工作报告公开如下。\n一、概述\n乡成立了政府信息公开工作领导小组。"
                    + "要求全乡广大干部通过组织集体学习。\n六、政府信息公开支出与收费\n2014年,南薰乡未收取任何政府信息公开费用。"))
                    .containsEntry("report.region", "南薰乡").containsEntry("report.year", "2014");
            assertThat(values("特向社会公布2021年度本镇政府信息公开年度报告。本报告的电子版可在“衢江区政府门户网站”"
                    + "(http://www.qjq.gov.cn/)政府信息公开栏中的“衢江区湖南镇”板块中下载。"))
                    .containsEntry("report.region", "衢江区湖南镇");
        }

        /** http://www.lw.gov.cn/zwgkk/qmtjjczwgkbzhgfhgz/gjd/nyj/content/post_7033012.html */
        @Test
        void aStreetsNameDropsTheDistrictGovernment() {
            assertThat(values("广州市荔湾区人民政府南源街道办事处2020年政府信息公开工作年度报告\n发布时间: 2021-01-18 来源: 南源街\n"))
                    .containsEntry("report.region", "广州市荔湾区南源街道").containsEntry("report.published_on", "2021-01-18");
        }

        /** https://aizhengw.cn/shenghuo/970565.html: a mirror's own date is no publication date; 总分90.7分 no figure */
        @Test
        void aMirrorsDateAndAScoreStayOut() {
            Map<String, String> v = values("乐山市交通运输委员会2010年政府信息公开年度报告\n\n生活百科 2023-01-26 17:49生活百科www.aizhengw.cn\n\n"
                    + "一、概况\n全年超额完成目标任务,在2010年市级部门网站绩效评估中以总分90.7分名列全市市级部门网站第四名。");
            assertThat(v).doesNotContainKey("report.published_on").containsEntry("report.region", "乐山市交通运输委员会");
            assertThat(v.keySet()).allMatch(k -> k.startsWith("report."));
        }
    }
}
