package org.ogireview.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

class ScratchTest {
    @TempDir Path dir;

    @Test
    void streamTable() throws Exception {
        Path f;
        try (PdfSketch s = new PdfSketch()) {
            s.page();
            s.text(72, 80, 14, "三、收到和处理政府信息公开申请情况");
            // header over two lines, no lines drawn
            s.text(300, 110, 9, "自然人").text(360, 110, 9, "商业").text(360, 121, 9, "企业").text(420, 110, 9, "总计");
            s.text(72, 140, 9, "一、本年新收政府信息公开申请数量").textRight(320, 140, 10, "21").textRight(380, 140, 10, "0").textRight(440, 140, 10, "21");
            s.text(72, 160, 9, "二、上年结转政府信息公开申请数量").textRight(320, 160, 10, "3").textRight(380, 160, 10, "0").textRight(440, 160, 10, "3");
            s.text(90, 180, 9, "（一）予以公开").textRight(320, 180, 10, "10").textRight(380, 180, 10, "1").textRight(440, 180, 10, "11");
            s.text(90, 200, 9, "（二）部分公开（区分处理的，只计这一情形，");
            s.textRight(320, 205, 10, "4").textRight(380, 205, 10, "0").textRight(440, 205, 10, "4");
            s.text(90, 211, 9, "不计其他情形）");
            s.text(150, 230, 9, "1.属于国家秘密").textRight(320, 230, 10, "1").textRight(380, 230, 10, "0").textRight(440, 230, 10, "1");
            s.text(90, 240, 9, "（三）不予公开");
            s.text(150, 250, 9, "2.其他法律行政法规禁止公开").textRight(320, 250, 10, "0").textRight(380, 250, 10, "0").textRight(440, 250, 10, "0");
            s.text(72, 290, 12, "四、政府信息公开行政复议、行政诉讼情况");
            f = s.save(dir.resolve("stream.pdf"));
        }
        IngestedDocument d = new ReportIngester().ingest(f);
        System.out.println(d.text());
        for (TextTable t : d.tables()) {
            for (TableRow r : t.rows()) {
                StringBuilder sb = new StringBuilder();
                for (TableCell c : r.cells()) sb.append("[").append(c.text()).append("]");
                System.out.println(sb);
            }
        }
    }
}
