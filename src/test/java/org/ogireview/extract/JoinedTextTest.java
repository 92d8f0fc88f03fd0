package org.ogireview.extract;

import org.junit.jupiter.api.Test;
import org.ogireview.testing.TestFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class JoinedTextTest {

    /** A page laid out at a fixed width: lines break inside words and numbers, a footer sits mid-sentence. */
    private static final String PDF_TEXT = String.join("\n",
            "某县2015年政府信息公开工作年度报告",
            "　　本报告根据《中华人民共和国政府信息公开条例》的规定，由县人民政府办",
            "公室编制，全文包括概述，主动公开政府信息情况，依申请公开政府信息情况",
            "，政府信息公开的收费及减免情况，因政府信息公开申请行政复议、提起行政",
            "诉讼的情况，存在的主要问题及改进措施。统计期限为2015年1月1日至12月",
            "31日。",
            "一、概述",
            "　　2015年，全县共主动公开政府信息12 845条，其中概况类信息1 102条，计划",
            "- 2 -",
            "总结类信息768条，法规公文类信息935条，工作动态类信息7 260条，人事类信息",
            "612条，财政类信息487条，其他类信息1 681条。全县共受理政府信息公开申请64",
            "件，已答复64件，其中同意公开45件，同意部分公开6件，不予公开3件，信息不存",
            "在4件。");

    @Test
    void pdfLineBreaksAndFootersAreTakenOutAndOffsetsMapBack() {
        JoinedText j = JoinedText.of(PDF_TEXT);
        assertThat(j.joined()).isTrue();
        String s = j.text();
        assertThat(s).contains("计划总结类信息768条").contains("申请64件").contains("信息不存在4件")
                .doesNotContain("- 2 -").contains("\n一、概述\n");
        int at = s.indexOf("计划总结类");
        int end = s.indexOf("768条") + 4;
        assertThat(PDF_TEXT.substring(j.start(at), j.end(end))).isEqualTo("计划\n- 2 -\n总结类信息768条");
        for (int i = 0; i < s.length(); i++) {
            assertThat(PDF_TEXT.charAt(j.start(i))).isEqualTo(s.charAt(i));
        }
    }

    @Test
    void figuresAcrossLineBreaksAreFound() {
        java.util.Map<String, String> v = NarrativeExtractorTest.values(PDF_TEXT);
        assertThat(v).containsEntry("proactive.total", "12845").containsEntry("proactive.plans", "768")
                .containsEntry("applications.received", "64").containsEntry("applications.not_exist", "4");
    }

    /**
     * Text copied out of a PDF with ragged lines (the third blind corpus's Ordos report): a line that stops
     * mid-sentence well short of the layout width still wraps, so labels, numbers and units across breaks are read.
     */
    @Test
    void raggedPdfCopiesAreJoinedWhereASentenceRunsOn() throws IOException {
        String text = Files.readString(TestFiles.blind3Folder().resolve("ordos-2016-pdftext.txt"),
                StandardCharsets.UTF_8);
        java.util.Map<String, String> v = NarrativeExtractorTest.values(text);
        assertThat(v).containsEntry("proactive.total_change", "1058").containsEntry("proactive.plans", "846")
                .containsEntry("applications.in_person", "402").containsEntry("applications.fax", "25")
                .containsEntry("applications.denied", "47").containsEntry("review.upheld", "9");
    }

    @Test
    void webTextWithAParagraphALineStaysAsItIs() throws IOException {
        for (Path seed : TestFiles.seeds()) {
            String s = NormalizedText.of(Files.readString(seed, StandardCharsets.UTF_8)).normalized();
            JoinedText j = JoinedText.of(s);
            assertThat(j.joined()).as(seed.getFileName().toString()).isFalse();
            assertThat(j.text()).isSameAs(s);
        }
    }

    @Test
    void charactersSetOneSpaceApartAreReadTogether() {
        String text = "二 、 主 动 公 开 政 府 信 息 情 况\n全 县 共 主 动 公 开 政 府 信 息 1 2 8 4 3 6 条 ， 比 上 年 增 加 9 7 1 2 条 。\n";
        java.util.Map<String, String> v = NarrativeExtractorTest.values(text);
        assertThat(v).containsEntry("proactive.total", "128436").containsEntry("proactive.total_change", "9712");
        assertThat(JoinedText.of("主动公开政府信息 条,主要包括行政法规、规章和规范性文件。").joined()).isFalse();
    }

    @Test
    void aCellPerLineTableIsNotJoined() {
        String table = "指标名称\n计量单位\n本年度\n历年累计\n主动公开信息数\n条\n1136\n6520\n".repeat(3);
        assertThat(JoinedText.of(table).joined()).isFalse();
    }
}
