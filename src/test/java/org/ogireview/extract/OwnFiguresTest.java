package org.ogireview.extract;

import org.junit.jupiter.api.Test;
import org.ogireview.check.Checker;
import org.ogireview.model.Finding;
import org.ogireview.check.ReportFacts;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.ingest.ReportIngester;
import org.ogireview.model.ExtractedFigure;
import org.ogireview.model.OwnFigure;
import org.ogireview.model.OwnKeys;
import org.ogireview.model.Qualifier;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Report-specific figures on real published text (src/test/resources/reports/real, copied from the real corpus;
 * MANIFEST.md there gives each file's source URL), and what the category check makes of them.
 */
class OwnFiguresTest {

    private final Extractor extractor = new Extractor();

    @Test
    void aReportsOwnCategoryListIsKeptUnderKeysFromItsLabels() throws Exception {
        // 24: http://www.jinyun.gov.cn/art/2014/3/17/art_1229619278_4873442.html
        // (二)主动公开政府信息的主要类别情况:党政信息类147条,文件类47条,制度类4条。
        Extraction x = extract("24_jinyun_huzhen_town_2013_partial.txt");
        Map<String, OwnFigure> own = byKey(x.ownFigures());
        assertThat(own.keySet()).containsExactly("own.cat.党政信息", "own.cat.文件", "own.cat.制度");
        OwnFigure party = own.get("own.cat.党政信息");
        assertThat(party.label()).isEqualTo("党政信息类");
        assertThat(party.value()).isEqualTo("147");
        assertThat(party.unit()).isEqualTo("条");
        assertThat(party.qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(party.snippet()).isEqualTo("党政信息类147条");
        assertThat(text("24_jinyun_huzhen_town_2013_partial.txt").substring(party.start(), party.end()))
                .isEqualTo("党政信息类147条");
        // the catalogue's figures are the catalogue's: no own.* key among them, no span shared
        assertThat(x.figures()).noneMatch(f -> OwnKeys.isOwn(f.key()));
        assertThat(x.figure("proactive.total")).map(ExtractedFigure::value).contains("192");
    }

    @Test
    void traditionalLabelsKeepTheirWordingAndFoldIntoTheKey() throws Exception {
        // 31: newton.com.tw wiki copy of 樂山高新區管委會 2010 (see README): 其中,部門新聞類10條,占17.5%;概況類1條 …
        Map<String, OwnFigure> own = byKey(extract("31_leshan_hitech_zone_2010_trad_partial.txt").ownFigures());
        OwnFigure news = own.get("own.cat.部门新闻");
        assertThat(news).isNotNull();
        assertThat(news.label()).isEqualTo("部門新聞類");
        assertThat(news.value()).isEqualTo("10");
        assertThat(news.unit()).isEqualTo("條");
        // the same label in simplified characters, with or without 类 / 信息, is the same key in every report
        assertThat(OwnKeys.of("部门新闻类信息", true)).contains("own.cat.部门新闻");
        assertThat(OwnKeys.of("部 門 新 聞", true)).contains("own.cat.部门新闻");
    }

    @Test
    void aListEndsWhereAPartOfItBegins() throws Exception {
        // 32: 主动公开信息27條,其中概況信息1條、計畫總結1條、工作動態3條、法規公文10條、法制新聞12條,其中主站採用15條。
        Map<String, OwnFigure> own = byKey(extract("32_leshan_legal_office_2010_trad.txt").ownFigures());
        assertThat(own.get("own.cat.法制新闻")).extracting(OwnFigure::value).isEqualTo("12");
        assertThat(own.keySet()).noneMatch(k -> k.contains("主站"));
        assertThat(own.values()).noneMatch(f -> f.value().equals("15"));
    }

    @Test
    void tableEraProseCountsAreKeptButNeverAsCatalogueKeys() throws Exception {
        // 17: http://www.lw.gov.cn/zwgkk/qmtjjczwgkbzhgfhgz/gjd/nyj/content/post_7033012.html (table2019)
        // 举办新闻发布会0次,组织政府网站在线访谈0次,发布政策解读稿0篇,…,通过新闻媒体等其他方式回应事件3次。
        Extraction x = extract("17_liwan_nanyuan_street_2020_partial.txt");
        Map<String, OwnFigure> own = byKey(x.ownFigures());
        assertThat(own.get("own.新闻发布会")).extracting(OwnFigure::value, OwnFigure::unit)
                .containsExactly("0", "次");
        assertThat(own.get("own.政策解读稿")).extracting(OwnFigure::value, OwnFigure::unit)
                .containsExactly("0", "篇");
        assertThat(own.get("own.新闻媒体等其他方式回应事件")).extracting(OwnFigure::value).isEqualTo("3");
        // the narrative-only catalogue key stays out of a table-era report, as the gold wants
        assertThat(x.figure("channels.press_conferences")).isEmpty();
    }

    @Test
    void scoresAndSharesAreNotFigures() throws Exception {
        // 33: 在2010年市级部门网站绩效评估中以总分90.7分名列全市市级部门网站第四名 (a trap: not a figure)
        Extraction x = extract("33_leshan_transport_commission_2010_partial.txt");
        assertThat(x.ownFigures()).noneMatch(f -> f.snippet().contains("90.7") || f.unit().equals("分"));
        assertThat(x.ownFigures()).noneMatch(f -> f.snippet().contains("%"));
        // 计画54条 is the catalogue's proactive.plans (a judgment of the gold): never a report-specific figure too
        assertThat(x.figure("proactive.plans")).map(ExtractedFigure::value).contains("54");
        assertThat(x.ownFigures()).noneMatch(f -> f.value().equals("54"));
    }

    @Test
    void countsOfApplicationsAndSuitsAreLeftToTheCatalogue() {
        // 10 (http://www.taicang.gov.cn/…/0efc32f14ed04dda80b7f4b84483444f.shtml): 处理民事诉讼2件 is a trap
        Extraction x = extractText("一、总体情况\n2022年,我区处理民事诉讼2件,收到政府信息公开申请1件。\n"
                + "全区设置政务公开专栏2个,发布政策解读稿5篇。\n");
        assertThat(x.ownFigures()).extracting(OwnFigure::key)
                .containsExactlyInAnyOrder("own.政务公开专栏", "own.政策解读稿");
    }

    @Test
    void aSecondListThatBreaksAPartDownIsNotTheReportsList() {
        // the shape of blind corpus luoyang-2013: categories of 市政府各部门 (a part), then the whole's total
        Extraction x = extractText("二、主动公开政府信息情况\n市政府各部门主动公开政府信息21436条,其中概况类1873条、"
                + "工作动态类12590条、法规公文类2314条;各县(市、区)主动公开政府信息47982条。全市共主动公开政府信息69418条。\n");
        assertThat(x.ownFigures()).noneMatch(OwnFigure::category);
    }

    @Test
    void categoriesAddUpOverTheReportsOwnList() throws Exception {
        Checker checker = new Checker();
        // inconsistent as published: 147 + 47 + 4 = 198 against 192 (before, the check could not run at all)
        Finding f24 = categories(checker, "24_jinyun_huzhen_town_2013_partial.txt");
        assertThat(f24.failed()).isTrue();
        assertThat(f24.messageEn()).contains("198").contains("192").contains("by 6");
        assertThat(f24.fields()).contains("own.cat.党政信息", "own.cat.文件", "own.cat.制度");
        // consistent lists whose categories the catalogue only partly names raise nothing (before: "short by")
        for (String consistent : List.of("31_leshan_hitech_zone_2010_trad_partial.txt",
                "33_leshan_transport_commission_2010_partial.txt", "32_leshan_legal_office_2010_trad.txt")) {
            Finding f = categories(checker, consistent);
            assertThat(f.failed()).as(consistent + ": " + f.messageEn()).isFalse();
            assertThat(f.ran()).as(consistent).isTrue();
        }
    }

    @Test
    void withoutReportSpecificCategoriesTheCheckIsTheCatalogues() throws Exception {
        // a catalogue-only list short of its total with 其他类 stated still warns, as before
        Extraction x = extractText("二、主动公开政府信息情况\n2012年共主动公开政府信息100条,其中概况类10条,"
                + "工作动态类20条,其他类30条。\n");
        assertThat(x.ownFigures()).isEmpty();
        Finding f = new Checker().check(ReportFacts.of("t", x, "")).stream()
                .filter(g -> g.rule().equals("parts.proactive_categories")).findFirst().orElseThrow();
        assertThat(f.failed()).isTrue();
        assertThat(f.messageEn()).contains("short by 40");
    }

    private Finding categories(Checker checker, String file) throws Exception {
        Extraction x = extract(file);
        return checker.check(ReportFacts.of(file, x, text(file))).stream()
                .filter(f -> f.rule().equals("parts.proactive_categories")).findFirst().orElseThrow();
    }

    private Extraction extract(String file) throws Exception {
        return extractor.extract(new ReportIngester().ingest(path(file)));
    }

    private Extraction extractText(String text) {
        return extractor.extract(new IngestedDocument("t.txt", "", "txt", "UTF-8", text, List.of(), List.of(), 0,
                null, List.of()));
    }

    private static String text(String file) throws Exception {
        return new ReportIngester().ingest(path(file)).text();
    }

    static Path path(String file) throws URISyntaxException {
        return Path.of(OwnFiguresTest.class.getResource("/reports/real/" + file).toURI());
    }

    private static Map<String, OwnFigure> byKey(List<OwnFigure> figures) {
        return figures.stream().collect(Collectors.toMap(OwnFigure::key, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }
}
