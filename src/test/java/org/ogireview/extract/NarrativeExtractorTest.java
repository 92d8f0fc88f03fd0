package org.ogireview.extract;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.ingest.TableCell;
import org.ogireview.ingest.TableRow;
import org.ogireview.ingest.TextTable;
import org.ogireview.model.ExtractedFigure;
import org.ogireview.model.ReportFormat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each pattern family of narrative reports, with sentences from the seeds and variants: the value, its qualifier,
 * and that the span's text shows the figure.
 */
class NarrativeExtractorTest {

    static Map<String, ExtractedFigure> extract(String text, List<TextTable> tables, Integer year) {
        // tables given here stand for the tables of the source file (an HTML page's <table>s)
        IngestedDocument doc = new IngestedDocument("t.html", "", "html", "UTF-8", text, tables, List.of(), 0, null,
                List.of());
        ExtractionContext context = new ExtractionContext(doc, NormalizedText.of(text), tables, ReportFormat.NARRATIVE,
                year);
        Map<String, ExtractedFigure> out = new LinkedHashMap<>();
        for (ExtractedFigure f : new NarrativeExtractor().extract(context)) {
            assertThat(out).doesNotContainKey(f.key());
            assertThat(f.snippet()).isEqualTo(text.substring(f.start(), f.end()));
            assertThat(f.end() - f.start()).isLessThanOrEqualTo(60);
            out.put(f.key(), f);
        }
        return out;
    }

    /** key -> "value" or "value/qualifier". */
    static Map<String, String> values(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        extract(text, List.of(), null).forEach((k, f) -> out.put(k,
                f.value() + (f.qualifier().code().isEmpty() ? "" : "/" + f.qualifier().code())));
        return out;
    }

    @Nested
    class Proactive {

        @Test
        void totalChangeAndCategoriesWithShares() {
            String text = "二、主动公开政府信息情况\n  全市各级行政机关2012年主动公开政府信息61540条,比2011年多2385条,增长4.32%。"
                    + "其中,概况类11244条,占18.27%;计划总结类2128条,占3.46%;其他类3186条,占5.18%。";
            Map<String, ExtractedFigure> f = extract(text, List.of(), null);
            assertThat(f.get("proactive.total").value()).isEqualTo("61540");
            assertThat(f.get("proactive.total_change").value()).isEqualTo("2385");
            assertThat(f.get("proactive.total_change").snippet()).isEqualTo("比2011年多2385条");
            assertThat(f.get("proactive.overview").value()).isEqualTo("11244");
            assertThat(f.get("proactive.overview.pct").value()).isEqualTo("18.27");
            assertThat(f.get("proactive.plans.pct").value()).isEqualTo("3.46");
            assertThat(f.get("proactive.other").value()).isEqualTo("3186");
        }

        @Test
        void aDecreaseIsNegative() {
            assertThat(values("全区共主动公开政府信息约1.2万条，比上年减少356条。"))
                    .containsEntry("proactive.total", "12000/about")
                    .containsEntry("proactive.total_change", "-356");
            assertThat(values("全县主动公开政府信息2100条，较去年下降120条。"))
                    .containsEntry("proactive.total_change", "-120");
        }

        @Test
        void partsOfTheBodyAreNotTheReportsFigures() {
            String text = "二、主动公开政府信息情况\n  全市各级行政机关2012年主动公开政府信息61540条。其中,概况类11244条,占18.27%;"
                    + "人事类774条,占1.26%。\n  市级政府部门主动公开政府信息12414条,比2011年多447条。其中,概况类56条,占0.45%;"
                    + "人事类18条,占0.14%。\n  区、县政府2012年主动公开政府信息49126条。其中,概况类11188条;人事类756条。";
            Map<String, String> v = values(text);
            assertThat(v).containsEntry("proactive.total", "61540").containsEntry("proactive.overview", "11244")
                    .containsEntry("proactive.overview.pct", "18.27").containsEntry("proactive.personnel", "774")
                    .doesNotContainKey("proactive.total_change");
        }

        @Test
        void aPartFirstDoesNotHideTheWholeAfterIt() {
            Map<String, String> v = values("区直部门主动公开政府信息1958条，各街道主动公开政府信息1258条。"
                    + "全区各级行政机关主动公开政府信息3216条。");
            assertThat(v).containsEntry("proactive.total", "3216");
        }

        @Test
        void aStreetsOwnReportCountsItsStreetAsTheWhole() {
            String title = "广州市天河区石牌街道办事处２０１７年政府信息公开工作年度报告\n";
            assertThat(values(title + "全年通过天河区政府门户网站“街道信息公开”栏目、街道政务公开栏及社区居务公开栏主动公开政府信息３８６条，"
                    + "其中工作动态类２１４条，人事类１９条，财政类３２条。"))
                    .containsEntry("proactive.total", "386").containsEntry("proactive.work_updates", "214")
                    .containsEntry("proactive.finance", "32");
            assertThat(values(title + "街道成立了领导小组，党政综合办公室负责日常工作，配备兼职工作人员２名。\n"
                    + "五、政府信息公开收费情况\n本街道在政府信息公开工作中未收取任何费用。"))
                    .containsEntry("staff.part_time", "2").containsEntry("fees.collected", "0");
            assertThat(values("城关镇人民政府2015年政府信息公开工作年度报告\n全年乡镇主动公开政府信息420条。"))
                    .containsEntry("proactive.total", "420");
            // a district's streets are still its parts, also where its page links a street's report before the title
            assertThat(values("相关链接: 石牌街道政府信息公开年报\n天河区2017年政府信息公开工作年度报告\n各街道主动公开政府信息1258条。"))
                    .doesNotContainKey("proactive.total");
            // a district's streets are still its parts
            assertThat(values("天河区2017年政府信息公开工作年度报告\n各街道主动公开政府信息1258条。"))
                    .doesNotContainKey("proactive.total");
        }

        @Test
        void oneCategoryOpeningASplitOfTheTotal() {
            assertThat(values("全年共主动公开政府信息约1.2万条，其中规范性文件312条。主动公开的信息主要通过市政府门户网站发布。"))
                    .containsEntry("proactive.total", "12000/about").containsEntry("proactive.regulatory_docs", "312");
            assertThat(values("全县主动公开政府信息2100条，其中：人事类信息86条。"))
                    .containsEntry("proactive.personnel", "86");
            // a lone category elsewhere is no split of the total
            assertThat(values("全县主动公开政府信息2100条。县财政局在网站发布财政类信息86条。"))
                    .doesNotContainKey("proactive.finance");
        }

        @Test
        void aListOfPlacesIsNoPart() {
            assertThat(values("在市档案馆、市公共图书馆、市政务服务中心以及各县区相应机构设置了15个查阅点。"))
                    .containsEntry("channels.reading_points", "15");
        }

        @Test
        void aChannelsCountIsNoTotal() {
            Map<String, String> v = values("截止2016年12月31日,全区累计主动公开政府信息5977条。累计网上公开政府信息2945条,"
                    + "占全区主动公开政府信息总数的49.2%;区本级公开政府信息为1739条。全区通过多种渠道公开政府信息,其中,"
                    + "政府公报公开政府信息116条,政府网站公开政府信息1739条。");
            assertThat(v).containsEntry("proactive.total", "5977");
            // several channels counted: each a part, none the total
            assertThat(values("全年通过政府网站主动公开政府信息2870条。通过政府公报主动公开政府信息35条。"))
                    .doesNotContainKey("proactive.total");
            assertThat(values("2017年全市各级各部门以网站为主要渠道主动公开政府信息327899条。"))
                    .containsEntry("proactive.total", "327899");
        }

        /**
         * The one channel a body names is its total where no other is stated (issue 14). Real text: 南谯工业开发区 2015,
         * https://www.cznq.gov.cn/public/161054564/314402916.html
         */
        @Test
        void theOnlyChannelsCountIsTheTotalWhenNoOtherIsStated() {
            assertThat(values("二、主动公开政府信息的情况\n开发区在工作中产生的政府信息经过梳理,2015年新增政府网站主动公开政府信息"
                    + "369条,全文电子化达100%。")).containsEntry("proactive.total", "369");
            assertThat(values("全年通过政府网站主动公开政府信息2870条。")).containsEntry("proactive.total", "2870");
            assertThat(values("全县主动公开政府信息2100条。通过政府网站主动公开政府信息1800条。"))
                    .containsEntry("proactive.total", "2100");
        }

        @Test
        void theYearsFigureBeatsACumulativeOne() {
            Map<String, String> v = values("自《条例》实施以来，全县累计主动公开政府信息42000条。2012年全县主动公开政府信息"
                    + "8500条。");
            assertThat(v).containsEntry("proactive.total", "8500");
        }

        @Test
        void oneChannelCountsAPartSeveralChannelsTheWhole() {
            assertThat(values("市政府门户网站全年发布信息5200条。")).doesNotContainKey("proactive.total");
            assertThat(values("全市各级行政机关通过政府网站、政府公报、新闻发布会等渠道主动公开政府信息61540条。"))
                    .containsEntry("proactive.total", "61540");
        }

        @Test
        void aCategoryStandsOnlyInASplitOfSeveral() {
            assertThat(values("全区主动公开规范性文件143条,制发规范性文件总数167件。"))
                    .doesNotContainKey("proactive.regulatory_docs");
            assertThat(values("主动公开政府信息327899条(其中:概况信息6850条;规范性文件信息2315条;"
                    + "公选公招、人事任免等人事信息3865条;其他信息171906条)"))
                    .containsEntry("proactive.overview", "6850").containsEntry("proactive.regulatory_docs", "2315")
                    .containsEntry("proactive.personnel", "3865").containsEntry("proactive.other", "171906");
        }

        @Test
        void moreThanAndAbout() {
            assertThat(values("全市共开通政府信息公开统一网站1个,各类公开主体共发布信息3万余条其中,市政府各部门发布信息6000条。"))
                    .containsEntry("proactive.total", "30000/more_than");
            assertThat(values("全年我局共主动公开政府信息一千二百三十六条。")).containsEntry("proactive.total", "1236");
            assertThat(values("全年主动公开政府信息1 136条。")).containsEntry("proactive.total", "1136");
            assertThat(values("全年主动公开政府信息１２３４条。")).containsEntry("proactive.total", "1234");
        }

        @Test
        void aNumberLeftOutIsBlank() {
            Map<String, ExtractedFigure> f = extract("2013年,全市各级政府及部门主动公开政府信息 条,主要包括:行政法规。",
                    List.of(), null);
            assertThat(f.get("proactive.total").value()).isEmpty();
            assertThat(f.get("proactive.total").qualifier().code()).isEqualTo("blank_in_source");
            assertThat(f.get("proactive.total").snippet()).isEqualTo("主动公开政府信息 条");
        }
    }

    @Nested
    class Applications {

        @Test
        void receivedAnsweredAndOutcomesWithShares() {
            String text = "三、政府信息依申请公开情况\n全市共受理政府信息公開申請27件,共辦理答覆27件,占100%。已辦理答覆件中,"
                    + "同意公開20件,占74.07%;部分公開2件,占7.4%;不予公開2件,占7.4%。不予公開中,涉及國家秘密2件,"
                    + "占7.4%;不屬於本行政機關3件,占11.11%。";
            Map<String, String> v = values(text);
            assertThat(v).containsEntry("applications.received", "27").containsEntry("applications.answered", "27")
                    .containsEntry("applications.granted", "20").containsEntry("applications.granted.pct", "74.07")
                    .containsEntry("applications.partly_granted", "2").containsEntry("applications.denied", "2")
                    .containsEntry("applications.denied.pct", "7.4")
                    .containsEntry("applications.not_this_agency", "3")
                    .containsEntry("applications.not_this_agency.pct", "11.11")
                    .doesNotContainKey("applications.answered.pct");
        }

        @Test
        void howApplicationsWereFiled() {
            Map<String, String> v = values("全市各级各部门共受理依申请政府信息公开456件(其中:当面申请272件,占59.6% ;"
                    + "网络在线填报申请122件,占26.8% ;信函邮寄申请59件,占12.9% ;传真申请3件,占0.7%) 。");
            assertThat(v).containsEntry("applications.received", "456")
                    .containsEntry("applications.in_person", "272").containsEntry("applications.in_person.pct", "59.6")
                    .containsEntry("applications.online", "122").containsEntry("applications.mail", "59")
                    .containsEntry("applications.fax", "3").containsEntry("applications.fax.pct", "0.7");
        }

        @Test
        void twoChannelsJoinedAreNoOnesFigure() {
            Map<String, String> v = values("共受理依申请公开42件，其中当面申请12件，网上申请25件，信函、传真申请4件。");
            assertThat(v).containsEntry("applications.in_person", "12").containsEntry("applications.online", "25")
                    .doesNotContainKeys("applications.mail", "applications.fax");
        }

        @Test
        void chineseNumeralsAndVariants() {
            Map<String, String> v = values("全區共受理政府信息公開申請二十七件，已全部辦理答覆。其中，同意公開十九件，"
                    + "同意部分公開三件，不予公開兩件，信息不存在三件，非本机关掌握一件。");
            assertThat(v).containsEntry("applications.received", "27").containsEntry("applications.granted", "19")
                    .containsEntry("applications.partly_granted", "3").containsEntry("applications.denied", "2")
                    .containsEntry("applications.not_exist", "3").containsEntry("applications.not_this_agency", "1")
                    .doesNotContainKey("applications.answered");
            assertThat(values("全年共收到12件政府信息公开申请。")).containsEntry("applications.received", "12");
        }

        @Test
        void notThisAgencysInformationInItsVariants() {
            assertThat(values("对上述申请，全区均已依法作出答复。其中，予以公开1,392件；不属于本行政机关公开职责权限范围629件；信息不存在487件。"))
                    .containsEntry("applications.not_this_agency", "629");
            assertThat(values("全年受理政府信息公开申请一百四十六件。从答复情况看，予以公开九十三件，部分公开十一件，信息不存在十四件，不属于本机关公开职责范围的十九件。"))
                    .containsEntry("applications.not_this_agency", "19");
            assertThat(values("同意公开20件，不属于本单位职能范围的申请3件。"))
                    .containsEntry("applications.not_this_agency", "3");
        }

        @Test
        void otherRepliesInTheirVariants() {
            assertThat(values("全年共受理政府信息公開申請58件。答覆情況為：同意公開36件，部分公開5件，其它公開答覆數3件。"))
                    .containsEntry("applications.other_handling", "3");
            assertThat(values("共受理申请40件，同意公开30件，其他答复数4件。"))
                    .containsEntry("applications.other_handling", "4");
        }

        @Test
        void answeredAsSettled() {
            assertThat(values("三、依申请公开情况\n全年受理政府信息公开申请45件，已办结45件，办结率100%。"))
                    .containsEntry("applications.answered", "45").containsEntry("applications.received", "45");
        }

        @Test
        void repliesInProseAreTheRepliesRow() {
            assertThat(values("对申请的答复总数41件，其中同意公开33件。"))
                    .containsEntry("applications.replies", "41").doesNotContainKey("applications.answered");
        }

        @Test
        void otherKindsOfApplicationsAreNotDisclosureApplications() {
            assertThat(values("一、概述\n政务服务中心全年共受理行政审批申请12万件，办结率99.9%。")).isEmpty();
            assertThat(values("一、概述\n全年共受理申请1200件。\n三、依申请公开情况\n本年度共受理申请5件。"))
                    .containsEntry("applications.received", "5");
            assertThat(values("全年共受理申请1200件，办结1180件。")).isEmpty();
        }

        @Test
        void lettersToTheMayorAreNoApplications() {
            String text = "一、概述\n区长信箱共收到来信1 024件。\n三、依申请公开情况\n共受理政府信息公开申请5件，其中信函申请1件。";
            assertThat(values(text)).containsEntry("applications.mail", "1").containsEntry("applications.received", "5");
        }
    }

    @Nested
    class ZerosInWords {

        @Test
        void reviewAndLitigationNotReceived() {
            Map<String, ExtractedFigure> f = extract(
                    "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n  全市未收到關於政府信息公開的行政複議和行政訴訟。",
                    List.of(), null);
            assertThat(f.get("review.total").value()).isEqualTo("0");
            assertThat(f.get("review.total").snippet()).startsWith("未收到");
            assertThat(f.get("litigation.total").value()).isEqualTo("0");
            assertThat(f).doesNotContainKey("complaints.total");
        }

        @Test
        void variantsOfNothingHappened() {
            assertThat(values("2013年,全市沒有出現因政府信息公開申請行政複議、提起行政訴訟等情況。"))
                    .containsEntry("review.total", "0").containsEntry("litigation.total", "0")
                    .doesNotContainKey("applications.received");
            assertThat(values("五、行政复议、诉讼和申诉情况\n2016年我区无行政复议、诉讼和申诉情况。"))
                    .containsEntry("review.total", "0").containsEntry("litigation.total", "0")
                    .containsEntry("complaints.total", "0");
            assertThat(values("本年度涉及政府信息公开的行政复议、行政诉讼均为零。"))
                    .containsEntry("review.total", "0").containsEntry("litigation.total", "0");
            assertThat(values("2009年度我市未收到依申请公开政府信息申请,也未收到涉及政府信息公开工作的举报、行政诉讼。"))
                    .containsEntry("applications.received", "0").containsEntry("complaints.total", "0")
                    .containsEntry("litigation.total", "0").doesNotContainKey("review.total");
        }

        @Test
        void noFeesCollected() {
            assertThat(values("四、政府信息公开收费及减免情况\n  未收取與政府信息公開工作相關的複印、郵寄等成本費用。"))
                    .containsEntry("fees.collected", "0");
            assertThat(values("2017年全市政府信息公开无收费和减免。")).containsEntry("fees.collected", "0");
            assertThat(values("全区没有发生与政府信息公开相关的收费。")).containsEntry("fees.collected", "0");
            assertThat(values("依申请公开政府信息未向申请人收取任何费用。")).containsEntry("fees.collected", "0");
            assertThat(values("全年共收取检索、复制、邮寄等费用三百二十元，减免费用六十元。"))
                    .containsEntry("fees.collected", "320");
            assertThat(values("收取费用1.2万元。")).containsEntry("fees.collected", "12000");
            assertThat(values("四、收费情况\n本年度政府信息公开收费金额为0。")).containsEntry("fees.collected", "0");
        }

        @Test
        void noCorrectionIsNoZeroCount() {
            assertThat(values("五、行政复议、行政诉讼情况\n全年因政府信息公开被申请行政复议3件，没有被行政复议纠错的情况，"
                    + "行政复议纠错率为0。")).containsEntry("review.total", "3");
        }

        @Test
        void zeroAsANumber() {
            assertThat(values("2016年共受理政府信息公开申请0件次。")).containsEntry("applications.received", "0");
        }

        @Test
        void wordsThatDenyNothingAreNoZero() {
            assertThat(values("对无法提供的信息作出说明,未经行政复议直接起诉的案件由法院审理,未能及时答复申请的予以督办。"))
                    .isEmpty();
        }
    }

    @Nested
    class ReviewAndLitigation {

        @Test
        void outcomesBelongToTheSubjectNamedLast() {
            Map<String, String> v = values("五、因政府信息公开申请行政复议、提起行政诉讼的情况\n全市收到关于政府信息公开行政复议51件,"
                    + "其中:维持具体行政行为26件,被依法纠错2件,其他情形23件。提起行政诉讼25件,其中:维持具体行政行为和"
                    + "驳回原告诉讼请求22件,被依法纠错3件。");
            assertThat(v).containsEntry("review.total", "51").containsEntry("review.upheld", "26")
                    .containsEntry("review.corrected", "2").containsEntry("review.other", "23")
                    .containsEntry("litigation.total", "25").containsEntry("litigation.upheld", "22")
                    .containsEntry("litigation.corrected", "3").doesNotContainKey("litigation.other");
        }

        @Test
        void pendingAndChineseNumerals() {
            Map<String, String> v = values("全年共發生因政府信息公開引起的行政複議案件四件，其中維持原具體行政行為三件，撤銷一件；"
                    + "行政訴訟案件二件，尚未审结的二件。");
            assertThat(v).containsEntry("review.total", "4").containsEntry("review.upheld", "3")
                    .containsEntry("review.corrected", "1").containsEntry("litigation.total", "2")
                    .containsEntry("litigation.pending", "2");
        }

        @Test
        void anOutcomeInWordsHoldsForAllTheCases() {
            String head = "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n";
            assertThat(values(head + "2012年，因政府信息公开被申请行政复议2件，经复议均维持原答复；被提起行政诉讼1件，截至年底法院尚未审结。"))
                    .containsEntry("review.total", "2").containsEntry("review.upheld", "2")
                    .containsEntry("litigation.total", "1").containsEntry("litigation.pending", "1");
            assertThat(values(head + "全年因政府信息公开申请行政复议1件，经复议维持原答复；未发生因政府信息公开提起的行政诉讼。"))
                    .containsEntry("review.upheld", "1").doesNotContainKey("review.corrected");
            assertThat(values(head + "被申请行政复议3件，复议机关全部予以维持。提起行政诉讼1件，法院判决驳回原告诉讼请求。"))
                    .containsEntry("review.upheld", "3").containsEntry("litigation.upheld", "1");
            assertThat(values(head + "行政复议1件，经复议予以维持。")).containsEntry("review.upheld", "1");
            assertThat(values(head + "行政复议1件，被复议机关撤销；行政诉讼1件，截至2013年底正在审理。"))
                    .containsEntry("review.corrected", "1").containsEntry("litigation.pending", "1");
        }

        @Test
        void anOutcomeInWordsNeedsAllOrOneCase() {
            String head = "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n";
            assertThat(values(head + "被申请行政复议3件，经复议维持原答复，其余正在办理。"))
                    .containsEntry("review.total", "3").doesNotContainKey("review.upheld");
            assertThat(values(head + "被申请行政复议1件，未被纠错。")).doesNotContainKey("review.corrected");
        }

        @Test
        void endedForOtherReasons() {
            String text = "2015年，全区因政府信息公开申请引发行政复议87件。复议机关维持原答复61件，纠正9件，"
                    + "因申请人撤回等其他原因终止12件，尚未审结5件。";
            assertThat(values(text)).containsEntry("review.total", "87").containsEntry("review.upheld", "61")
                    .containsEntry("review.corrected", "9").containsEntry("review.other", "12")
                    .containsEntry("review.pending", "5");
            assertThat(values("全市因政府信息公开被提起行政诉讼6件，其中判决驳回原告诉讼请求4件，原告撤诉2件。"))
                    .containsEntry("litigation.upheld", "4").containsEntry("litigation.other", "2");
        }

        @Test
        void aMentionInTheOverviewIsNotTheFigureOfThePart() {
            String text = "一、概述\n市政府法制办全年办理行政复议案件200件。\n五、因政府信息公开申请行政复议、提起行政诉讼的情况\n"
                    + "全年因政府信息公开被申请行政复议3件。";
            assertThat(values(text)).containsEntry("review.total", "3");
        }

        @Test
        void outsideItsPartAReviewFigureMustBeAboutDisclosure() {
            assertThat(values("一、概述\n市政府法制办全年办理行政复议案件200件。")).doesNotContainKey("review.total");
        }
    }

    @Nested
    class StaffAndChannels {

        @Test
        void staffPressConferencesAndReadingPoints() {
            Map<String, String> v = values("3.人员配置。全区共有49人从事该项工作,其中专职人员10人;兼职人员39人。"
                    + "全年共召開新聞發布會74次,其中,市政府及市級政府部門召開44次,區、縣召開30次。全区设公共查阅点53个。");
            assertThat(v).containsEntry("staff.total", "49").containsEntry("staff.full_time", "10")
                    .containsEntry("staff.part_time", "39").containsEntry("channels.press_conferences", "74")
                    .containsEntry("channels.reading_points", "53");
            assertThat(values("全市围绕中心工作已召开新闻发布会议20多次。"))
                    .containsEntry("channels.press_conferences", "20/more_than");
        }

        @Test
        void staffOfBothKinds() {
            assertThat(values("全市共配备专兼职工作人员126名，其中专职28名，兼职98名。"))
                    .containsEntry("staff.total", "126").containsEntry("staff.full_time", "28")
                    .containsEntry("staff.part_time", "98");
        }

        @Test
        void staffStatedWithTheirRoleOrAsStaffProvided() {
            assertThat(values("区政府信息公开工作领导小组办公室设在区政府办公室，配备专职工作人员3名，各部门、各镇（街道）确定兼职信息公开联络员46名。"))
                    .containsEntry("staff.full_time", "3").containsEntry("staff.part_time", "46")
                    .doesNotContainKey("staff.total");
            assertThat(values("区政府办公室政务公开科为全区政务公开工作主管机构，配备工作人员４名。"))
                    .containsEntry("staff.total", "4");
            assertThat(values("全局配备专职政务公开工作人员2名，兼职政务公开工作人员5名。"))
                    .containsEntry("staff.full_time", "2").containsEntry("staff.part_time", "5");
            assertThat(values("区图书馆新建阅览室一处，配备工作人员3名。")).doesNotContainKey("staff.total");
        }

        @Test
        void readingPointsOfGovernmentInformation() {
            assertThat(values("在市行政服务中心、市图书馆、市档案馆及各区镇便民服务中心设立政府信息查阅点二十三个。"))
                    .containsEntry("channels.reading_points", "23");
            assertThat(values("全区建立政务信息查阅室8个。")).containsEntry("channels.reading_points", "8");
        }

        @Test
        void oneSentenceListingPartsGivesNoTotal() {
            assertThat(values("在各級政務服務中心開設查閱點7個,接待人數5餘萬人次;在各級檔案館開設政府信息公開查閱點8個;"
                    + "在各級圖書館開設查閱點10個。")).doesNotContainKey("channels.reading_points");
        }

        @Test
        void plansForNextYearAreNoFigures() {
            String text = "六、存在的主要问题及改进措施\n2015年，我区将力争主动公开政府信息4000条以上，新增查阅点5个。";
            assertThat(values(text)).isEmpty();
        }
    }

    @Nested
    class StatisticsTables {

        private static final String TAB_TABLE = "附表\n指标名称\t计量单位\t2014年度\t历年累计\n一、主动公开情况\n"
                + "（一）主动公开信息数\t条\t3216\t21873\n二、依申请公开情况\n（一）受理依申请公开信息总数\t条\t86\t602\n"
                + "其中：1.当面申请数\t条\t31\t248\n2.信函、传真申请数\t条\t6\t50\n（二）对申请的答复总数\t条\t86\t598\n"
                + "其中：1.同意公开答复数\t条\t59\t431\n3.否决公开答复数\t条\t6\t41\n4.其他类型答复数\t条\t14\t74\n"
                + "（一）政府信息公开收费金额（万元）\t万元\t0.12\t0.5\n（一）行政复议数\t件\t3\t11\n（三）行政申诉、举报数\t件\t0\t2\n";

        @Test
        void theCurrentYearColumnNeverTheCumulativeOne() {
            Map<String, String> v = values(TAB_TABLE);
            assertThat(v).containsEntry("proactive.total", "3216").containsEntry("applications.received", "86")
                    .containsEntry("applications.in_person", "31").containsEntry("applications.replies", "86")
                    .containsEntry("applications.granted", "59").containsEntry("applications.denied", "6")
                    .containsEntry("fees.collected", "1200").containsEntry("review.total", "3")
                    .containsEntry("complaints.total", "0")
                    .doesNotContainKeys("applications.mail", "applications.fax", "proactive.other");
        }

        @Test
        void cumulativeFirstStillGivesThisYear() {
            String text = "指标名称  计量单位  历年累计  本年度\n主动公开信息数  条  21873  3216\n行政复议数  件  11  3\n";
            assertThat(values(text)).containsEntry("proactive.total", "3216").containsEntry("review.total", "3");
        }

        @Test
        void outcomeRowsBelongToTheRowAboveThem() {
            String text = "统计指标\t单位\t统计数\n（一）收到申请数\t件\t57\n四、行政复议数量\t件\t3\n（一）维持具体行政行为数\t件\t2\n"
                    + "（二）被依法纠错数\t件\t1\n（三）其他情形数\t件\t0\n五、行政诉讼数量\t件\t2\n"
                    + "（一）维持具体行政行为或者驳回原告诉讼请求数\t件\t1\n（三）其他情形数\t件\t1\n六、举报投诉数量\t件\t0\n"
                    + "（三）其他情形数\t件\t9\n";
            Map<String, String> v = values(text);
            assertThat(v).containsEntry("review.total", "3").containsEntry("review.upheld", "2")
                    .containsEntry("review.corrected", "1").containsEntry("review.other", "0")
                    .containsEntry("litigation.total", "2").containsEntry("litigation.upheld", "1")
                    .containsEntry("litigation.other", "1").containsEntry("complaints.total", "0");
        }

        @Test
        void oneCellPerLine() {
            String text = "指标名称\n计量单位\n本年度\n历年累计\n主动公开信息数\n条\n1136\n6520\n受理依申请公开信息总数\n条\n41\n187\n"
                    + "行政诉讼数\n件\n0\n1\n";
            assertThat(values(text)).containsEntry("proactive.total", "1136")
                    .containsEntry("applications.received", "41").containsEntry("litigation.total", "0");
        }

        @Test
        void aTableBeatsProseThatContradictsIt() {
            String text = "三、依申请公开政府信息情况\n2013年，我局共受理依申请公开42件。\n附表\n指标名称\t计量单位\t本年度\t历年累计\n"
                    + "受理依申请公开信息总数\t条\t41\t187\n行政复议数\t件\t1\t3\n";
            Map<String, ExtractedFigure> f = extract(text, List.of(), null);
            assertThat(f.get("applications.received").value()).isEqualTo("41");
            assertThat(f.get("applications.received").confidence()).isGreaterThan(0.9);
        }

        @Test
        void aStructuredTableWithAnEmptyCellIsBlankInSource() {
            String text = "指标名称 计量单位 本年度 历年累计 主动公开信息数 条 1136 6520 行政复议数 件  3";
            List<TableRow> rows = new ArrayList<>();
            rows.add(row(text, "指标名称", "计量单位", "本年度", "历年累计"));
            rows.add(row(text, "主动公开信息数", "条", "1136", "6520"));
            rows.add(row(text, "行政复议数", "件", "", "3"));
            TextTable table = new TextTable(0, text.length(), rows);
            Map<String, ExtractedFigure> f = extract(text, List.of(table), 2014);
            assertThat(f.get("proactive.total").value()).isEqualTo("1136");
            assertThat(f.get("review.total").qualifier().code()).isEqualTo("blank_in_source");
            assertThat(f.get("review.total").value()).isEmpty();
        }

        private TableRow row(String text, String... cells) {
            List<TableCell> out = new ArrayList<>();
            int from = 0;
            for (String c : cells) {
                if (c.isEmpty()) {
                    out.add(new TableCell("", from, from));
                    continue;
                }
                int at = text.indexOf(c, from);
                while (at >= 0 && out.size() > 0 && at < out.get(out.size() - 1).end()) {
                    at = text.indexOf(c, at + 1);
                }
                out.add(new TableCell(c, at, at + c.length()));
                from = at + c.length();
            }
            return new TableRow(out, out.get(0).start(), out.get(out.size() - 1).end());
        }
    }
}
