package org.ogireview.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ogireview.model.ExtractedFigure;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataExtractorTest {

    private static Optional<ExtractedFigure> figure(String text, String key) {
        List<ExtractedFigure> figures = new MetadataExtractor().extract(NormalizedText.of(text));
        return figures.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    private static String value(String text, String key) {
        return figure(text, key).map(ExtractedFigure::value).orElse(null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "瀘州市2012年政府信息公開工作年度報告, 泸州市, 2012",
            "包頭市2013年政府信息公開年度報告, 包头市, 2013",
            "2016年东昌区政府信息公开工作年度报告, 东昌区, 2016",
            "淮南市2009年度政府信息公开工作报告, 淮南市, 2009",
            "淮安市洪泽区人民政府2023年政府信息公开工作年度报告, 淮安市洪泽区, 2023",
            "洪泽区人民政府2018年政府信息公开工作年度报告, 洪泽区, 2018",
            "绵阳市政府2015年政府信息公开工作年度报告, 绵阳市, 2015",
            "淮安市人民政府办公室2014年政府信息公开工作年度报告, 淮安市人民政府办公室, 2014",
            "淮安市国土资源局二〇一〇年政府信息公开工作年度报告, 淮安市国土资源局, 2010",
            "2011年度广州市荔湾区政府信息公开工作年度报告, 广州市荔湾区, 2011",
            "关于本溪市2012年政府信息公开工作的年度报告, 本溪市, 2012",
            "《南平市2013年政府信息公开年报》, 南平市, 2013",
            "宁德市人民政府关于2012年政府信息公开工作的报告, 宁德市, 2012",
            "莆田市政府信息公开工作年度报告（2011年度）, 莆田市, 2011",
            "三明市人民政府办公厅2010年政府信息公开工作年度报告, 三明市人民政府办公厅, 2010",
    })
    void regionAndYearFromTheTitle(String title, String region, String year) {
        String text = title + "\n\n根据《条例》要求，现将本年度政府信息公开工作报告如下。全文包括概述、主动公开情况等内容，统计期限为当年1月1日至12月31日。";
        assertThat(value(text, "report.region")).isEqualTo(region);
        assertThat(value(text, "report.year")).isEqualTo(year);
    }

    @Test
    void theTitleIsFoundBelowABreadcrumbAndItsSpanShowsTheName() {
        String text = "当前位置: 首页 / 政务公开 / 政府信息公开年报\n\n绵阳市2017年政府信息公开工作年度报告\n发布日期: 2018-03-15 来源: 绵阳市人民政府";
        ExtractedFigure region = figure(text, "report.region").orElseThrow();
        assertThat(region.value()).isEqualTo("绵阳市");
        assertThat(text.substring(region.start(), region.end())).isEqualTo("绵阳市");
        assertThat(value(text, "report.published_on")).isEqualTo("2018-03-15");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "发布日期: 2018-03-15 来源: 绵阳市人民政府|2018-03-15",
            "发布时间:2010-03-30 18:02文字大小:[    ] 背景色:|2010-03-30",
            "發佈時間：2012年3月28日　　瀏覽次數：1532|2012-03-28",
            "2019年3月5日|2019-03-05",
            "发布日期：2014年03月12日  信息来源：泉州市财政局|2014-03-12",
            "时间：2015/3/20|2015-03-20",
            "【发布时间】2015-03-21|2015-03-21",
            "2013-02-28 10:20:33 来源：某市人民政府办公室 浏览次数：1024|2013-02-28",
    })
    void publicationDateFromTheHeader(String header, String date) {
        String text = "某市2018年政府信息公开工作年度报告\n" + header + "\n\n根据《中华人民共和国政府信息公开条例》规定，现将本市2018年政府信息公开工作情况报告如下，统计期限为2018年1月1日至12月31日。";
        assertThat(value(text.replace("2018年政府", "2009年政府"), "report.published_on")).isEqualTo(date);
    }

    @Test
    void linksToOtherYearsReportsDoNotGiveTheYear() {
        String text = "首页 > 政务公开 > 年度报告\n相关链接：\n临泽县2012年政府信息公开工作年度报告\n临泽县2011年政府信息公开工作年度报告\n"
                + "临泽县2013年政府信息公开工作年度报告\n发布日期：2014-03-10\n\n根据《条例》规定，现公布临泽县2013年政府信息公开"
                + "工作年度报告。本报告统计期限为2013年1月1日至2013年12月31日。2013年，全县……\n";
        assertThat(value(text, "report.year")).isEqualTo("2013");
        assertThat(value(text, "report.published_on")).isEqualTo("2014-03-10");
    }

    @Test
    void thePublicationDateBeatsTheDateOfWriting() {
        String text = "索引号：11A-2014-00012\n成文日期：2014-01-15\n发布日期：2014-01-20\n名称：某市2013年政府信息公开工作年度报告\n"
                + "\n根据《中华人民共和国政府信息公开条例》规定，现将本市2013年政府信息公开工作情况报告如下，统计期限为全年。";
        assertThat(value(text, "report.published_on")).isEqualTo("2014-01-20");
        assertThat(value(text, "report.region")).isEqualTo("某市");
    }

    @Test
    void theYearBetweenTheKindAndReport() {
        String text = "某市交通运输局政府信息公开工作2013年度报告\n\n根据《条例》要求编制本报告，全文包括概述等部分，请阅读。";
        assertThat(value(text, "report.year")).isEqualTo("2013");
        assertThat(value(text, "report.region")).isEqualTo("某市交通运输局");
    }

    @Test
    void aTitleBrokenOverTwoLines() {
        String text = "宣城市宣州区人民政府\n2022 年政府信息公开工作年度报告\n\n本报告根据《中华人民共和国政府信息公开条例》要求编制。";
        assertThat(value(text, "report.region")).isEqualTo("宣城市宣州区");
        assertThat(value(text, "report.year")).isEqualTo("2022");
        String menu = "网站首页 | 政务公开 | 办事服务\n2022年政府信息公开工作年度报告\n\n本报告根据《条例》要求编制。";
        assertThat(figure(menu, "report.region")).isEmpty();
    }

    @Test
    void theSignatureDateIsNoPublicationDate() {
        String text = "石城县2012年政府信息公开工作年度报告\n\n本报告根据《条例》编制，统计期限为2012年1月1日至2012年12月31日，全文包括概述等六个部分，请查阅。\n"
                + "一、概述\n全县……\n\n石城县人民政府办公室\n2013年2月28日\n";
        assertThat(figure(text, "report.published_on")).isEmpty();
    }

    @Test
    void theReportingPeriodInThePreambleIsNoPublicationDate() {
        String text = "瀘州市2012年政府信息公開工作年度報告\n\n本報告中所列數據統計期限為2012年1月1日至2012年12月31日。";
        assertThat(figure(text, "report.published_on")).isEmpty();
    }

    @Test
    void theReportingPeriodGivesTheYearWhenTheTitleDoesNot() {
        String text = "政府信息公开工作年度报告\n\n本报告中所列数据的统计期限为2013年1月1日至2013年12月31日。";
        assertThat(value(text, "report.year")).isEqualTo("2013");
        assertThat(figure(text, "report.region")).isEmpty();
    }

    @Test
    void noTitleNoRegion() {
        assertThat(new MetadataExtractor().extract(NormalizedText.of("一、概述\n全市主动公开信息10条。"))).isEmpty();
    }
}
