package org.ogireview.extract;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogireview.extract.RealProsePhrasingTest.values;

/**
 * Narrative-era phrasings found in the second set of real reports ({@code reports/real2}; MANIFEST-narrative.md
 * there gives each source), each on the real sentence it was found in, its source URL beside it, run through the whole
 * extractor. Each rule is a pattern of the genre, not of one report: the second case of most tests shows it in other
 * wording, or what must not come of it.
 */
class RealNarrativePhrasingTest {

    @Nested
    class WhoseFigures {

        /**
         * https://www.bjdch.gov.cn/zfxxgkzl/zfxxgknb/2017nb/dcqjd2017/201802/t20180210_2995390.html (东直门街道 2017):
         * the 街道 of 本街道 / 我街道 is the body itself, not a 街道 among others.
         */
        @Test
        void aStreetCallingItselfByItsLevel() {
            Map<String, String> v = values("本报告是根据《条例》要求,由北京市东城区东直门街道办事处编制的2017年度政府信息公开年度报告。\n"
                    + "二、政府信息主动公开情况\n2017年,我街道主动公开信息569条,其中业务动态类信息386条。\n"
                    + "三、政府信息依申请公开情况\n本街道2017年共收到申请2件,均按时办结,其中申请公开信息不存在1件,"
                    + "不属于本行政机关公开1件。");
            assertThat(v).containsEntry("proactive.total", "569").containsEntry("applications.received", "2")
                    .containsEntry("applications.not_exist", "1").containsEntry("applications.not_this_agency", "1");
            // in a district's report a 街道's figure is still a part, even where it speaks of 本乡镇 work
            assertThat(values("某区2017年政府信息公开工作年度报告\n二、主动公开情况\n各街道主动公开信息569条。"))
                    .doesNotContainKey("proactive.total");
            assertThat(values("某县2017年政府信息公开工作年度报告\n一、概述\n各乡镇负责本乡镇政府信息公开工作。\n"
                    + "二、主动公开情况\n乡镇主动公开信息569条。")).doesNotContainKey("proactive.total");
        }

        /**
         * https://www.bjdch.gov.cn/zfxxgkzl/zfxxgknb/2011nb/dcqjd2011/202009/t20200928_2995507.html (东华门街道 2011):
         * no title line, the author named in the preamble, its own name before the figure.
         */
        @Test
        void aStreetNamedAsTheAuthorCountsItsOwnFigures() {
            Map<String, String> v = values("本报告是根据《条例》要求,由北京市东城区人民政府东华门街道办事处编制的2011年度政府信息公开年度报告。\n"
                    + "一、概述\n为此,专门配备了2名全职工作人员,0名兼职工作人员。\n二、政府信息主动公开情况\n"
                    + "东华门街道办事处2011年共主动公开政府信息257条,其中全文电子化率达100%。");
            assertThat(v).containsEntry("report.region", "北京市东城区东华门街道")
                    .containsEntry("proactive.total", "257").containsEntry("staff.full_time", "2")
                    .containsEntry("staff.part_time", "0");
        }
    }

    @Nested
    class Names {

        /**
         * http://www.bjsjs.gov.cn/gongkai/qsfj/xxgknb_881/202006/t20200619_15807.shtml (石景山区司法局 2010): a paragraph
         * hard-wrapped inside the author's name.
         */
        @Test
        void aNameWrappedOverTwoLines() {
            assertThat(values("引言\n本报告是根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由石景山区司法\n"
                    + "局编制的2010年度政府信息公开年度报告。\n一、概述\n为此,专门配备了1名兼职\n工作人员。"))
                    .containsEntry("report.region", "石景山区司法局").containsEntry("report.year", "2010");
            // a short line above a title is no part of the name
            assertThat(values("首页 > 政府信息公开 > 年度报告\n霞浦县司法局2015年度政府信息公开工作报告\n正文。"))
                    .containsEntry("report.region", "霞浦县司法局");
        }

        /**
         * https://puroview.com/module/xxgk/xxgkAnnualReport.jsp?area=001008003014106&fbtime=2017 (溪下乡 2017, a mirror
         * that put its domain where the county's name was).
         */
        @Test
        void aMirrorsDomainBeforeTheName() {
            assertThat(values("根据《条例》要求,现公布puroview.com溪下乡2017年政府信息公开工作年度报告。本年报由概述等八部分组成。"))
                    .containsEntry("report.region", "溪下乡").containsEntry("report.year", "2017");
        }

        /** A body whose name holds 编制 (机构编制委员会办公室) keeps it. */
        @Test
        void aNameHolding编制() {
            assertThat(values("某县机构编制委员会办公室2013年政府信息公开工作年度报告\n一、概述\n本年度工作正常。"))
                    .containsEntry("report.region", "某县机构编制委员会办公室");
        }

        /** https://www.liandu.gov.cn/art/2015/1/23/art_1229370932_3721575.html (莲都区发展和改革局 2014) */
        @Test
        void theNameAfterTheYearOfANamingSentence() {
            Map<String, String> v = values("本年度报告根据《条例》要求,汇总2014年度莲都区发展和改革局的政府信息公开年度报告编制而成。\n"
                    + "一、概述\n(二)推进项目审批信息公开。共公开了90条项目审批信息。发布政府定价和行政事业性收费信息10条。");
            assertThat(v).containsEntry("report.region", "莲都区发展和改革局").containsEntry("report.year", "2014")
                    .doesNotContainKey("proactive.total");
        }

        /** http://siming.gov.cn/zfxxgkzl/gjdzfxxgk/jljd/ndbg/201604/t20160427_650981.htm (嘉莲街道 2015) */
        @Test
        void aStreetOfficeNamedOnTheLineAboveTheTitle() {
            assertThat(values("思明区嘉莲街道办事处\n2015年政府信息公开工作年度报告\n本年度报告根据《条例》规定的有关要求编制。"))
                    .containsEntry("report.region", "思明区嘉莲街道").containsEntry("report.year", "2015");
        }

        /** https://xfb.beijing.gov.cn/zwgkyxxgks/zfxxgknew/zfxxgknb/2014n/202001/t20200119_1617797.html (北京市信访办 2014) */
        @Test
        void theAuthorOfANamingSentence() {
            assertThat(values("本报告是根据《中华人民共和国政府信息公开条例》要求,由北京市信访办编制的2014年度政府信息公开年度报告。"))
                    .containsEntry("report.region", "北京市信访办").containsEntry("report.year", "2014");
            // a naming sentence without a year still names its author (城西街道, a mirror of 泰州市海陵区's page)
            assertThat(values("引言 本报告根据《中华人民共和国政府信息公开条例》要求,由城西街道编制。全文包括概述。 一、概述 "
                    + "2017年,我街道认真贯彻落实《信息公开条例》精神。"))
                    .containsEntry("report.region", "城西街道").containsEntry("report.year", "2017");
        }

        /** https://zjtcn.com/baike/wlxrmzf2011nzfxxgkndbg6766122 (武隆县 2011, a mirror): the title in an infobox cell */
        @Test
        void aTitleInATableCell() {
            assertThat(values("中文名 | 武隆县人民政府2011年政府信息公开年度报告 | 发布单位 | 武隆县人民政府 |\n---|\n正文。"))
                    .containsEntry("report.region", "武隆县").containsEntry("report.year", "2011");
        }

        /**
         * http://pingdu.gov.cn/bmxxgkml_15/pdszfbgs_15/xxgkml_15/ndgzbg_15/202204/t20220422_5845924.shtml (平度市政府办公室
         * 2012): 本级政府(机关) is the template's word for the publisher, no name.
         */
        @Test
        void theTemplatesOwnBodyIsNoName() {
            Map<String, String> v = values("根据《中华人民共和国政府信息公开条例》,特向社会公布 2012年度本级政府(机关)信息公开工作年度报告。"
                    + "本报告由概述、主动公开政府信息情况组成。\n二、主动公开政府信息情况\n"
                    + "(一)政府信息公开的内容。2012年1月1日至12月31日,市政府办公室共发布各类主动公开信息96件。");
            assertThat(v).doesNotContainKey("report.region").containsEntry("report.year", "2012")
                    .containsEntry("proactive.total", "96");
        }
    }

    @Nested
    class ConverterNoise {

        /**
         * http://forbiddentreatments.com/art/2015/7/27/art_1229351258_3448141.html (下管镇 2009, a mirror): a converter
         * put each changed character's pinyin after it, splitting words (行政復(fù)議).
         */
        @Test
        void pinyinAfterConvertedCharacters() {
            Map<String, String> v = values("2009年度下管鎮(zhèn)政府信息公開年度報(bào)告 | ||\n根據(jù)《條例》有關(guān)規(guī)定,"
                    + "現(xiàn)將2009年我鎮(zhèn)政府信息公開年度報(bào)告如下: 一、政府信息主動公開情況 全年我鎮(zhèn)在政府門戶網(wǎng)站上"
                    + "主動公開信息數(shù)量為46件。 四、政府信息公開申請行政復(fù)議、行政訴訟情況 本年度我鎮(zhèn)沒有因政府信息提起"
                    + "行政復(fù)議和行政訴訟的情況發(fā)生。");
            assertThat(v).containsEntry("proactive.total", "46").containsEntry("review.total", "0")
                    .containsEntry("litigation.total", "0").containsEntry("report.region", "下管镇")
                    .containsEntry("report.year", "2009");
            // a bracketed word in Latin letters without tones is no gloss: nothing is taken out
            assertThat(values("2013年某镇政府信息公开年度报告\n二、主动公开情况\n全年在网站(www)主动公开信息12条。"))
                    .containsEntry("proactive.total", "12");
        }
    }

    @Nested
    class Totals {

        /**
         * http://www.linyixian.gov.cn/n54935142/n54940779/n63292358/n63292416/c68566367/content.html (理合务镇 2017):
         * the year's 累计 (its running total) before the channels that make it up.
         */
        @Test
        void theYearsRunningTotalBeforeItsChannels() {
            assertThat(values("2017年理合务镇信息公开工作年度报告\n二、主动公开政府信息情况\n2017年,主动公开政府信息累计204条,"
                    + "通过政府网站公开信息数163 条,政务微信订阅号“印象理合务”(微信号:lhwz4822006)公开政府信息23条,"
                    + "村务公开栏公开信息18条。")).containsEntry("proactive.total", "204");
        }

        /**
         * http://www.gsliangzhou.gov.cn/art/2010/1/8/art_17408_827989.html (张义镇 2009): the count before what it
         * counts; the next year's figure after it is no total.
         */
        @Test
        void theCountBeforeWhatItCounts() {
            assertThat(values("2009年张义镇政府信息公开年度报告\n二、主动公开政府信息情况\n"
                    + "2009年共整理、录入、发布14条主动公开政府信息。")).containsEntry("proactive.total", "14");
            // the page's own wording of the part: a running total (累计), then the next year's channel count
            Map<String, String> v = values("2009年张义镇政府信息公开年度报告\n二、主动公开政府信息情况\n"
                    + "(一)政府信息公开的内容。截止2009年12月31日,我镇通过区政府信息公开系统主动公开政府信息累计14条,"
                    + "全部为网上公开。此外,2010年我镇通过门户网站公开各类政府信息24余条。");
            assertThat(v).containsEntry("proactive.total", "14");
        }

        /**
         * http://m.nntyqh.com/stzrmzf/zwgk/xxgknb/content/post_555844.html (沙塘镇 2016, a mirror): a part headed by the
         * disclosure site; the site's, WeChat's and Weibo's posts after it are no total.
         */
        @Test
        void aPartHeadedByTheDisclosureSite() {
            Map<String, String> v = values("信息來源:沙塘鎮人民政府\n一、政府信息主動公開情況\n(一)鎮政府信息公開網站主動公開政府信息情況\n"
                    + "2016年鎮政府信息公開全年發布各類信息247條,其中機構概況類5條,規章類文件11條,業務類30條,公共服務類20條、"
                    + "政務動態類58條,其它事項123條。\n(二)政務網站、微信、微博信息發布情況\n"
                    + "2016年政務網站、微信、微博共發布各類信息2483條,其中網站(含轉發)319條。");
            assertThat(v).containsEntry("proactive.total", "247").containsEntry("proactive.overview", "5")
                    .containsEntry("proactive.other", "123");
        }

        /**
         * http://www.lucheng.gov.cn/art/2017/6/15/art_1229247422_45034.html (鹿城区发展和改革局 2014): the cumulative
         * count and the year's in one sentence are no list of parts; the year's stands.
         */
        @Test
        void theYearsCountBesideTheCumulativeOne() {
            Map<String, String> v = values("鹿城区发展和改革局2014年度政府信息公开年度报告\n一、主动公开政府信息的情况\n"
                    + "我局按照有关规定在政府门户网站公开了机构信息等各项政府信息,到2014年底累计共主动公开政府信息1323条,"
                    + "其中2014年主动公开政府信息130条,其中全文电子化率达100%。全年办结公示价格举报案件及咨询件123件。");
            assertThat(v).containsEntry("proactive.total", "130").doesNotContainKey("applications.received");
            // two counts of the year in one sentence are parts: neither stands
            assertThat(values("某局2014年度政府信息公开年度报告\n一、主动公开情况\n网站主动公开政府信息100条,公开栏主动公开政府信息30条。"))
                    .doesNotContainKey("proactive.total");
        }

        /**
         * http://www.qg.gov.cn/zwgk/zfxxgkzl/zfbmxxgk/wjj/zfxxgkndbg/201103/t20110321_1786460.htm (泉港区卫生局 2010):
         * the field of work before 政府信息, and the split opened by 在已公开的…信息中.
         */
        @Test
        void aFieldOfWorkBeforeGovernmentInformation() {
            Map<String, String> v = values("泉州市泉港区卫生局2010年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
                    + "(一)主动公开区卫生局政府信息的数量。2010年度主动公开卫生政府信息52条。历年累计公开134条。\n"
                    + "(二)主动公开区卫生局政府信息的主要类别情况。在已公开的52条区卫生局政府信息中,机构职能9条,"
                    + "规划计划12条,行政许可1条,工作动态9 条,其他应");
            assertThat(v).containsEntry("proactive.total", "52").containsEntry("proactive.work_updates", "9")
                    .doesNotContainKey("proactive.plans");
        }

        /**
         * http://www.shuhuacheng.com/doc/2016/03/30/2057838.shtml (云林街道 2015, a mirror with pinyin glosses): what
         * the disclosure site itself publishes is disclosed proactively.
         */
        @Test
        void whatTheDisclosureSitePublishes() {
            assertThat(values("云林街道2015年度政府信息公開工作報(bào)告\n一、概述\n2015年,我街道認(rèn)真貫徹落實(shí)《條例》。"
                    + "全年街道本級(jí)信息公開網(wǎng)站共發(fā)布政府信息60條,涉及各類政府文件。"))
                    .containsEntry("proactive.total", "60").containsEntry("report.region", "云林街道");
        }

        /** https://tljq.gov.cn/openness/OpennessAnnualReport/show/2396.html (a 乡, 2017) */
        @Test
        void informationAndUpdatesMoreThan() {
            assertThat(values("2017年度政府信息公开年度报告\n二、主动公开政府信息情况\n2017年,主动公开政府工作信息、动态755多条。"))
                    .containsEntry("proactive.total", "755/more_than");
        }

        /** http://www.shangyu.gov.cn/art/2015/7/27/art_1229351252_3448075.html (谢塘镇 2013): the count named 件数 */
        @Test
        void theCountNamedItsNumberOfItems() {
            Map<String, String> v = values("2013年度谢塘镇政府信息公开工作年度报告 | ||\n 一、政府信息主动公开情况 "
                    + "2013年度我镇在主动公开政府信息件数为123件,处理市政府网网上投诉件36只。");
            assertThat(v).containsEntry("proactive.total", "123").doesNotContainKey("complaints.total");
        }

        /** https://www.ningguo.gov.cn/XxgkAnnualReport/show/961.html (宁国市青龙乡 2015): uploaded to the OGI column */
        @Test
        void uploadedForTheYear() {
            assertThat(values("宁国市青龙乡人民政府2015年年度政府信息公开工作年度报告\n一、信息公开工作基本情况\n"
                    + "利用宁国市政府信息公开专栏进行网上公开,全年上传公开信息685条,涉及政府领导、机构设置等14个大类。"))
                    .containsEntry("proactive.total", "685");
        }

        /**
         * https://zjtcn.com/baike/wlxrmzf2011nzfxxgkndbg6766122 (武隆县 2011): the only channel's count, disclosed
         * 向社会 (to the public), is the total; 县长信箱收件758件 is mail to the county head.
         */
        @Test
        void theOnlyChannelDisclosingToThePublic() {
            Map<String, String> v = values("武隆县人民政府2011年政府信息公开年度报告\n二、主动公开政府信息情况\n"
                    + "截止2011年12月31日,我县通过政府门户网站向社会公开政府信息2361条。其中,政务信息426条、政府文件482条、"
                    + "便民服务和投资类信息429条,其他信息525条;县长信箱收件758件,均已按规定办结回复。");
            assertThat(v).containsEntry("proactive.total", "2361").containsEntry("proactive.regulatory_docs", "482")
                    .containsEntry("proactive.other", "525").doesNotContainKey("applications.received");
            // a site's 发布 counts its posts, not disclosures
            assertThat(values("某县2011年政府信息公开年度报告\n二、主动公开情况\n通过政府门户网站发布信息5200条。"))
                    .doesNotContainKey("proactive.total");
        }
    }

    @Nested
    class Categories {

        /** http://www.yj.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2010&area=001008003014074 (永嘉县农业局 2010) */
        @Test
        void zhejiangsSevenCategories() {
            Map<String, String> v = values("永嘉县农业局2010年度政府信息公开工作年度报告\n二、主动公开政府信息的情况\n"
                    + "2010年,我局主动公开政府信息共145条。其中,机构信息1条;决策信息0条占;工作信息126条,占86.9%;民生事项0条;"
                    + "行政执法12条,占8.3%;人事信息0条;财政管理6条,占4.1%。");
            assertThat(v).containsEntry("proactive.total", "145").containsEntry("proactive.enforcement", "12")
                    .containsEntry("proactive.enforcement.pct", "8.3").containsEntry("proactive.personnel", "0")
                    .containsEntry("proactive.finance", "6").containsEntry("proactive.finance.pct", "4.1");
        }

        /** http://xxgk.tonghua.gov.cn/zcbm/fgw_98002/ndbg/201708/t20170828_133693.html (通化市国土资源局 2011) */
        @Test
        void theSplitOfAllThatWasDisclosed() {
            Map<String, String> v = values("通化市国土资源局2011年政府信息公开工作年度报告\n二、主动公开政府信息情况\n(二)公开内容\n"
                    + "全部公开信息中,与公众利益密切相关事项类信息36条,占总信息量的22.64%;规范性文件类信息25条,占15.72%;规");
            assertThat(v).containsEntry("proactive.regulatory_docs", "25")
                    .containsEntry("proactive.regulatory_docs.pct", "15.72");
        }

        /** http://wjw.haikou.gov.cn/xxgk/xxgkndbg/201106/t1125752.shtml (海口市卫生局 2010): 类的信息 */
        @Test
        void aCategoryOfTheKindOfInformation() {
            Map<String, String> v = values("海口市卫生局2010年政府信息公开工作年度报告\n二 政府信息主动公开情况\n"
                    + "我局2010年全年主动公开政府信息482条,其中全文电子化达100%。\n"
                    + "在主动公开的信息中,公开的内容主要有我局普发性文件、法规标准等。其中,政策法规类的信息25条,占总体的比例为6%;规划");
            assertThat(v).containsEntry("proactive.total", "482").containsEntry("proactive.regulatory_docs", "25")
                    .containsEntry("proactive.regulatory_docs.pct", "6");
        }

        /** http://www.dazhu.gov.cn/xxgk-show-191026.html (朝阳乡 2016): categories without 类 */
        @Test
        void policyDocumentsAmongCategoriesWithoutTheWordClass() {
            Map<String, String> v = values("2016年朝阳乡政府信息公开工作年度报告\n二、主动公开信息情况\n"
                    + "2016年我乡通过政府门户网站主动公开信息138条。其中:概况3条,政策文件信息31条,工作动态信息80条,"
                    + "财政信息2条,其他信息22条。");
            assertThat(v).containsEntry("proactive.total", "138").containsEntry("proactive.overview", "3")
                    .containsEntry("proactive.regulatory_docs", "31").containsEntry("proactive.work_updates", "80")
                    .containsEntry("proactive.finance", "2").containsEntry("proactive.other", "22");
            // 政策文件 alone, outside a split, is a mention (三明市 2018 公开…政策文件38条)
            assertThat(values("某市2018年政府信息公开工作年度报告\n一、主要任务落实情况\n公开政府及部门制定的政策文件38条。"))
                    .doesNotContainKey("proactive.regulatory_docs");
        }

        /** http://www.qqqwwww.cn/zssrmzf/zfxxgkndbg7a/201303/b5fe0eae165846e4b00051d7e6c54a83.shtml (a 局, 2012, mirror) */
        @Test
        void policyAndRegulationsWithAListMark() {
            assertThat(values("二、主動公開政府信息情況\n2012年,全局累計主動公開政府信息12條,其中概況類信息3條,計劃總結類信息2條,"
                    + "政策、法規類信息2條,工作動態類信息4條,其他類信息1條。"))
                    .containsEntry("proactive.regulatory_docs", "2").containsEntry("proactive.other", "1");
        }

        /**
         * https://xiexiebang.com/a11/2019051410/5b2b5225297985cb.html (北京市文化局 2009, a mirror): Beijing's template
         * opens the split with 在主动公开的信息中 and runs it over lines ending in ;.
         */
        @Test
        void beijingsSplitOverSeveralLines() {
            Map<String, String> v = values("2009年北京市文化局 政府信息公开年度报告\n二、政府信息主动公开情况\n(一)公开情况\n"
                    + "本局2009年共主动公开政府信息734条,其中全文电子化率达100%。\n"
                    + "在主动公开的信息中,机构职能类信息16条,主要为文化局主要领导信息等,占总体的比例为2.8 %;\n"
                    + "法规文件类信息25条,占总体的比例为3.4%,其中规章类文件2条。");
            assertThat(v).containsEntry("proactive.total", "734").containsEntry("proactive.regulatory_docs", "25")
                    .containsEntry("proactive.regulatory_docs.pct", "3.4");
            // a line that ends with 。 closes the statement: a lone category after it stays a mention
            assertThat(values("2009年某局政府信息公开年度报告\n二、主动公开情况\n本局共主动公开政府信息734条。\n"
                    + "法规文件类信息25条。")).doesNotContainKey("proactive.regulatory_docs");
        }
    }

    @Nested
    class Applications {

        /**
         * http://122.137.242.24:8080/pub/slsxxgkw/gzbm/cyqjjj/ndbg/201708/t20170810_258381.html (舒兰市经济局 2013):
         * the statistics rows written out as prose, the count of applications without its unit, the reason before
         * the answer.
         */
        @Test
        void statisticsRowsWrittenOut() {
            Map<String, String> v = values("舒兰市经济局\n2013年政府信息公开工作年度报告\n三、依申请公开政府信息情况\n"
                    + "政府信息公开申请数为2,当面申请数为2条。同意公开答复1条,由于信息不存在否决公开答复1条。");
            assertThat(v).containsEntry("applications.received", "2").containsEntry("applications.in_person", "2")
                    .containsEntry("applications.granted", "1").containsEntry("applications.denied", "1")
                    .containsEntry("applications.not_exist", "1");
            // a thousands mark is no clause end
            assertThat(values("某市2013年政府信息公开工作年度报告\n三、依申请公开情况\n政府信息公开申请数为3,216件。"))
                    .doesNotContainEntry("applications.received", "3");
        }

        /** https://amr.hainan.gov.cn/himpa/xxgk/0200/0204/201501/t20150128_2510919.html (a provincial 局, 2014) */
        @Test
        void casesCountedIn起() {
            assertThat(values("二、依申请公开和不予公开政府信息情况\n2014年,我局收到12起政府信息依申请公开,均严格按程序和时限办理。"))
                    .containsEntry("applications.received", "12");
            // a reconsideration asked for after an application is no application
            assertThat(values("五、复议情况\n2014年,我局收到1起政府信息依申请公开引起的行政复议。"))
                    .doesNotContainKey("applications.received");
        }

        /**
         * http://www.huli.gov.cn/zwgk/zfxxgkzl/zfxxyjxndbg/201901/t20190111_182924.htm (湖里区 2018): information
         * made public on request, counted in 条 beside the proactive items, is no count of applications.
         */
        @Test
        void informationItemsAreNoApplications() {
            Map<String, String> v = values("湖里区人民政府2018年政府信息公开工作年度报告\n一、概述\n"
                    + "2018年,共制作政府信息3021条,其中主动公开信息1027条,依申请公开信息459条,不予公开信息1535条。");
            assertThat(v).containsEntry("proactive.total", "1027").doesNotContainKeys("applications.received",
                    "applications.denied");
            assertThat(values("2012年政府信息公开工作年度报告\n三、依申请公开情况\n全年受理依申请公开政府信息56件。"))
                    .containsEntry("applications.received", "56");
        }

        /** https://www.ningguo.gov.cn/XxgkAnnualReport/show/961.html (宁国市青龙乡 2015) */
        @Test
        void noApplicantAskedForInformation() {
            assertThat(values("二、依申请公开政府信息及咨询受理情况\n2015年,我乡没有收到申请人要求公开政府信息的情况。"))
                    .containsEntry("applications.received", "0");
        }
    }

    @Nested
    class Zeros {

        /** http://122.137.242.24:8080/pub/hdszfxxgk/qtdw/zqj/ndbg/201709/t20170930_332898.html (桦甸市新华街道 2012) */
        @Test
        void noRefusalsExist() {
            assertThat(values("二、行政机关依申请公开政府信息和不予公开政府信息的情况\n未收到要求公开其它信息的申请,也不存在不予公开政府信息。"))
                    .containsEntry("applications.received", "0").containsEntry("applications.denied", "0");
        }

        /** http://xxgk.tonghua.gov.cn/zcbm/fgw_98002/ndbg/201708/t20170828_133693.html: 无专职人员 */
        @Test
        void noFullTimeStaff() {
            Map<String, String> v = values("通化市国土资源局2011年政府信息公开工作年度报告\n一、基本工作情况\n"
                    + "2.人员配置。政府信息公开工作由局行政办公室承办,现无专职人员,由1名兼职人员承担此项工作。");
            assertThat(v).containsEntry("staff.full_time", "0").containsEntry("staff.part_time", "1");
        }

        /** http://www.shangyu.gov.cn/art/2015/7/27/art_1229351252_3448075.html (谢塘镇 2013): 因…而 is no contrast */
        @Test
        void aCauseJoinedBy而() {
            Map<String, String> v = values("2013年度谢塘镇政府信息公开工作年度报告\n三、政府信息公开收费和减免情况\n"
                    + "本年度我镇没有因政府信息公开而产生的收费,也未产生减免情况。\n四、政府信息公开申请行政复议、行政诉讼情况\n"
                    + "2013年没有针对我镇政府信息公开申请而提起行政复议和行政诉讼的情况发生。");
            assertThat(v).containsEntry("fees.collected", "0").containsEntry("review.total", "0")
                    .containsEntry("litigation.total", "0");
            // 而 as a contrast still ends the negation's reach
            assertThat(values("2013年某镇政府信息公开年度报告\n四、复议诉讼情况\n本年度没有发生行政复议而发生行政诉讼1件。"))
                    .doesNotContainEntry("litigation.total", "0");
        }
    }

    @Nested
    class OneSummarySentence {

        /**
         * http://xzscdzx.com/gongkai/zfxxgk/zfxxgknb/2012nb/qzf/202010/t20201009_2106002.html (北京市西城区 2012, a
         * mirror): a district's whole year in one sentence, reading rooms counted across the levels it names.
         */
        @Test
        void aDistrictsYearInOneSentence() {
            Map<String, String> v = values("本报告是根据《条例》要求编制而成。\n一、概述\n2012年西城区政府信息公开工作进展顺利。\n"
                    + "全区主动公开政府信息5713条,受理政府信息公开申请311件,收到涉及政府信息公开方面的行政复议10件,行政诉讼7件,"
                    + "全区共有专职工作人员4人,兼职工作人员149名,建立区级、街道级以及社区级政府信息查阅中心共42个。");
            assertThat(v).containsEntry("proactive.total", "5713").containsEntry("applications.received", "311")
                    .containsEntry("review.total", "10").containsEntry("litigation.total", "7")
                    .containsEntry("staff.full_time", "4").containsEntry("staff.part_time", "149")
                    .containsEntry("channels.reading_points", "42");
        }
    }

    @Nested
    class Dates {

        /** http://wjw.haikou.gov.cn/xxgk/xxgkndbg/201106/t1125752.shtml: 发文日期 dates the document, not the page */
        @Test
        void anIssueDateIsNoPublicationDate() {
            assertThat(values("发布机构: 市卫生局 发文日期: 2010年12月23日\n名  称: 海口市卫生局2010年政府信息公开工作年度报告\n"
                    + "海口市卫生局2010年政府信息公开工作年度报告\n引 言\n根据《条例》,特向社会公布2010年度本机关信息公开年度工作报告。"))
                    .doesNotContainKey("report.published_on");
            assertThat(values("发布机构: 市卫生局 发布日期: 2011年1月23日\n海口市卫生局2010年政府信息公开工作年度报告\n引 言\n正文。"))
                    .containsEntry("report.published_on", "2011-01-23");
        }

        /** https://xiexiebang.com/a11/2019051410/5b2b5225297985cb.html: the date in brackets under the title is the signing */
        @Test
        void aBracketedDateUnderTheTitleIsNoPublicationDate() {
            assertThat(values("2009年北京市文化局 政府信息公开年度报告\n(2010年3月10日)\n引言\n本报告是根据《条例》要求编制。"))
                    .doesNotContainKey("report.published_on");
            assertThat(values("2009年北京市文化局 政府信息公开年度报告\n2010年3月10日\n引言\n本报告是根据《条例》要求编制。"))
                    .containsEntry("report.published_on", "2010-03-10");
        }
    }
}
