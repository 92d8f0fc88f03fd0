package org.ogireview.extract;

import org.junit.jupiter.api.Test;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.model.ExtractedFigure;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Odd text never breaks extraction: every figure still points at the text it came from. */
class NarrativeRobustnessTest {

    private static final String PIECES = "一、二、（一）1.主动公开政府信息受理申请行政复议诉讼未收到无收费条件次个人元万余约近不足"
            + "0123456789 ,，。；：%％\n\n\t|指标名称本年度历年累计- 3 -第2页 ";

    @Test
    void randomFragmentsOfTheGenreExtractWithoutFailing() {
        Random random = new Random(20240611L);
        Extractor extractor = new Extractor();
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(600);
            for (int k = 0; k < n; k++) {
                b.append(PIECES.charAt(random.nextInt(PIECES.length())));
            }
            String text = b.toString();
            assertThatCode(() -> check(extractor.extract(IngestedDocument.ofText("r.txt", text)), text))
                    .as(text).doesNotThrowAnyException();
        }
    }

    @Test
    void edgeCasesOfShape() {
        Extractor extractor = new Extractor();
        for (String text : new String[]{"", "\n", "。", "主动公开政府信息", "主动公开政府信息1", "共受理政府信息公开申请27",
                "未", "无", "指标名称\t计量单位\t本年度\t历年累计", "一、", "（一）", "比上年增加", "占", "2012年政府信息公开工作年度报告",
                "主动公开政府信息9999999999999999999999条", "x".repeat(200_000) + "主动公开政府信息12条"}) {
            Extraction e = extractor.extract(IngestedDocument.ofText("r.txt", text));
            check(e, text);
        }
    }

    private static void check(Extraction e, String text) {
        for (ExtractedFigure f : e.figures()) {
            assertThat(f.start()).isBetween(0, text.length());
            assertThat(f.end()).isBetween(f.start(), text.length());
            assertThat(f.snippet()).isEqualTo(text.substring(f.start(), f.end()));
        }
    }
}
