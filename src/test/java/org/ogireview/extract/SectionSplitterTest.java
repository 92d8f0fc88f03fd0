package org.ogireview.extract;

import org.junit.jupiter.api.Test;
import org.ogireview.testing.TestFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SectionSplitterTest {

    private static SectionSplitter.Sections split(String text) {
        return SectionSplitter.split(NormalizedText.of(text));
    }

    private static String seed(String name) throws IOException {
        return Files.readString(TestFiles.bundledReport(name), StandardCharsets.UTF_8);
    }

    @Test
    void topLevelPartsOfATraditionalSeedGetTheirTopics() throws IOException {
        String text = seed("000_6c56c39d01f2e555.txt");
        SectionSplitter.Sections sections = split(text);
        List<Topic> top = sections.all().stream().filter(s -> s.level() == 1).map(SectionSplitter.Section::topic)
                .toList();
        assertThat(top).containsExactly(Topic.OVERVIEW, Topic.PROACTIVE, Topic.APPLICATIONS, Topic.FEES,
                Topic.REVIEW);
        // a mention of 行政複議 in the heading of part 五 is in the review part; the overview is not
        assertThat(sections.topicsAt(text.indexOf("全市未收到"))).contains(Topic.REVIEW);
        assertThat(sections.topicsAt(text.indexOf("共發布信息478條"))).containsExactly(Topic.OVERVIEW);
        assertThat(sections.hasPart(Topic.REVIEW)).isTrue();
    }

    @Test
    void aChannelSubPartIsMarked() throws IOException {
        String text = seed("000_6c56c39d01f2e555.txt");
        SectionSplitter.Sections sections = split(text);
        assertThat(sections.channelAt(text.indexOf("全年共發布政府信息87條"))).isTrue();
        assertThat(sections.channelAt(text.indexOf("主動公開政府信息61540條"))).isFalse();
    }

    @Test
    void headingsAfterASentenceEndCountWhenTheTextHasNoBreaks() {
        String text = "某县2010年政府信息公开工作年度报告\n一、概述 2010年，我县……。二、主动公开政府信息情况 全年主动公开政府信息"
                + "120条。三、依申请公开情况 受理申请3件。四、收费情况 未收费。五、行政复议和行政诉讼情况 无。"
                + "六、存在的问题和改进措施 下一步新增查阅点5个。";
        SectionSplitter.Sections sections = split(text);
        assertThat(sections.all()).extracting(SectionSplitter.Section::topic).containsExactly(Topic.OVERVIEW,
                Topic.PROACTIVE, Topic.APPLICATIONS, Topic.FEES, Topic.REVIEW, Topic.PROBLEMS);
        assertThat(sections.topicsAt(text.indexOf("新增查阅点"))).contains(Topic.PROBLEMS);
    }

    @Test
    void anEnumerationInsideASentenceIsNoHeading() {
        String text = "一、概述\n全市信息分为一、二类。公开目录分为一、二、三级。\n二、主动公开政府信息情况\n主动公开信息10条。";
        SectionSplitter.Sections sections = split(text);
        assertThat(sections.all()).extracting(SectionSplitter.Section::level).containsExactly(1, 1);
        assertThat(sections.topicsAt(text.indexOf("主动公开信息10条"))).containsExactly(Topic.PROACTIVE);
    }

    @Test
    void subHeadingsInheritTheirPartsTopicAndUnnumberedHeadingLinesCount() {
        String text = "某县2012年政府信息公开工作年度报告\n概述\n全县……\n主动公开政府信息情况\n（一）公开的数量\n全县主动公开政府信息"
                + "100条。\n依申请公开政府信息情况\n受理申请2件。\n";
        SectionSplitter.Sections sections = split(text);
        assertThat(sections.topicsAt(text.indexOf("全县主动公开"))).containsExactly(Topic.PROACTIVE);
        assertThat(sections.topicsAt(text.indexOf("受理申请"))).containsExactly(Topic.APPLICATIONS);
        assertThat(sections.topicsAt(text.indexOf("全县……"))).containsExactly(Topic.OVERVIEW);
    }

    @Test
    void aFirstHeadingMayStartAfterOne() throws IOException {
        // 002 has no 一、: its first numbered part is 二、主動公開政府信息情況
        String text = seed("002_bbf8da712e3e6082.txt");
        SectionSplitter.Sections sections = split(text);
        assertThat(sections.topicsAt(text.indexOf("主動公開政府信息 條"))).contains(Topic.PROACTIVE);
        assertThat(sections.topicsAt(text.indexOf("沒有出現"))).contains(Topic.REVIEW);
    }
}
