package org.ogireview.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.testing.TestFiles;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Web pages: the report without the page around it, its tables kept as tables with exact cell offsets. */
class HtmlIngestTest {

    @TempDir
    Path dir;

    private final ReportIngester ingester = new ReportIngester();

    private IngestedDocument html(String body) throws Exception {
        Path f = Files.writeString(dir.resolve("page.html"), body, StandardCharsets.UTF_8);
        return ingester.ingest(f);
    }

    /** Every cell's span shows exactly the cell's text, and every row is one line. */
    static void assertOffsetsExact(IngestedDocument d) {
        for (TextTable t : d.tables()) {
            assertThat(d.text().substring(t.start(), t.end())).startsWith(d.text().substring(t.rows().get(0).start(),
                    t.rows().get(0).end()));
            for (TableRow r : t.rows()) {
                assertThat(d.text().substring(r.start(), r.end())).doesNotContain("\n");
                for (TableCell c : r.cells()) {
                    assertThat(d.text().substring(c.start(), c.end())).isEqualTo(c.text());
                    assertThat(c.start()).isBetween(r.start(), r.end());
                }
            }
        }
    }

    @Test
    void governmentPageKeepsTheReportAndDropsThePage() throws Exception {
        IngestedDocument d = ingester.ingest(TestFiles.resource("/ingest/gov-page-gbk.html"));
        String text = d.text();
        assertThat(d.sourceKind()).isEqualTo("html");
        assertThat(d.charset()).isEqualTo("GB18030");
        assertThat(text).startsWith("洪山区2018年政府信息公开工作年度报告\n发布日期：2019-03-15 来源：区政府办公室");
        assertThat(text).contains("由洪山区人民政府办公室编制。本报告中所列数据的统计期限自2018年1月1日起")
                .contains("主动公开政府信息3526条，其中“政策文件” 128条，通过政府网站公开2980条·政务微博公开546条。")
                .contains("全年共受理政府信息公开申请87件，已全部办结。\n其中当面申请20件")
                .contains("四、全年未收取任何费用，未发生行政复议和行政诉讼。\n洪山区人民政府办公室\n2019年3月15日");
        for (String noise : List.of("首页", "当前位置", "政府信息公开指南", "搜索", "分享到", "打印本页", "关闭窗口", "上一篇",
                "下一篇", "相关文件", "洪山区政务公开实施细则", "扫一扫", "主办单位", "版权所有", "ICP备", "网站标识码",
                "公网安备", "网站地图", "满意", "提交", "脚本", "text-indent", "hits", "请开启")) {
            assertThat(text).as("page furniture %s", noise).doesNotContain(noise);
        }
    }

    @Test
    void tablesBecomeRowsOfCellsWithExactOffsets() throws Exception {
        IngestedDocument d = ingester.ingest(TestFiles.resource("/ingest/gov-page-gbk.html"));
        assertThat(d.text()).contains("三、统计表\n\n指标 | 数量\n本年度 | 历年累计\n主动公开信息数 | 3526 | \n受理申请总数 | 87 | 650\n\n四、");
        assertThat(d.tables()).hasSize(1);
        TextTable t = d.tables().get(0);
        assertThat(t.rows()).hasSize(4);
        TableCell corner = t.rows().get(0).cells().get(0);
        assertThat(corner.text()).isEqualTo("指标");
        assertThat(corner.rowSpan()).isEqualTo(2);
        assertThat(t.rows().get(0).cells().get(1).colSpan()).isEqualTo(2);
        assertThat(t.rows().get(1).cells().get(1).text()).isEqualTo("历年累计"); // two <p> in one cell
        TableCell empty = t.rows().get(2).cells().get(2);
        assertThat(empty.text()).isEmpty();
        assertThat(empty.end()).isEqualTo(empty.start());
        assertThat(empty.start()).isEqualTo(t.rows().get(2).end());
        assertThat(d.text().substring(t.start(), t.end())).startsWith("指标 | 数量").endsWith("受理申请总数 | 87 | 650");
        assertOffsetsExact(d);
    }

    @Test
    void theCharsetComesFromTheBomThenTheMetaTagThenDetection() throws Exception {
        IngestedDocument bom = ingester.ingest(TestFiles.resource("/ingest/bom-wrong-meta.html"));
        IngestedDocument wrongMeta = ingester.ingest(TestFiles.resource("/ingest/wrong-meta-gbk.html"));
        IngestedDocument undeclared = ingester.ingest(TestFiles.resource("/ingest/undeclared-gbk.html"));
        IngestedDocument declared = ingester.ingest(TestFiles.resource("/ingest/gov-page-gbk.html"));
        assertThat(bom.charset()).isEqualTo("UTF-8");
        assertThat(wrongMeta.charset()).isEqualTo("GB18030");
        assertThat(wrongMeta.warnings()).anyMatch(w -> w.contains("says its charset is UTF-8"));
        assertThat(undeclared.charset()).isEqualTo("GB18030");
        assertThat(declared.warnings()).isEmpty();
        for (IngestedDocument d : List.of(bom, wrongMeta, undeclared)) {
            assertThat(d.text()).isEqualTo(declared.text());
        }
        IngestedDocument forced = ingester.ingest(TestFiles.resource("/ingest/gov-page-gbk.html"), Charset.forName("GBK"));
        assertThat(forced.text()).isEqualTo(declared.text());
    }

    @Test
    void blocksAndBreaksEndLinesInlineElementsDoNot() throws Exception {
        IngestedDocument d = html("<html><body><div>第一<span>段</span><b>文字</b>，<a href='x'>链接</a>也在行内。</div>"
                + "<p>第二段<br>换行后<br/>再换行</p><ul><li>甲</li><li>乙</li></ul><h2>二、标题</h2>正文直接在body里"
                + "<p>一句话\n   跨了源码行，English\nwords stay apart.</p></body></html>");
        assertThat(d.text()).isEqualTo("第一段文字，链接也在行内。\n第二段\n换行后\n再换行\n甲\n乙\n二、标题\n正文直接在body里\n"
                + "一句话跨了源码行，English words stay apart.\n");
        assertThat(d.tables()).isEmpty();
    }

    @Test
    void whiteSpaceBetweenTagsStaysASpace() throws Exception {
        IngestedDocument d = html("<div class=info>\n  <span>发布日期：2014-03-28</span>\n  <span>来源：县政府办公室</span>\n"
                + "  <span>浏览次数：<em>1037</em></span>\n</div>");
        assertThat(d.text()).isEqualTo("发布日期：2014-03-28 来源：县政府办公室 浏览次数：1037\n");
    }

    @Test
    void hiddenElementsAreNotText() throws Exception {
        IngestedDocument d = html("<p>正文第一段</p><div style='display: none'>隐藏的分享代码</div>"
                + "<p hidden>隐藏段落</p><span style=\"VISIBILITY:hidden\">看不见</span><p>正文第二段</p>");
        assertThat(d.text()).isEqualTo("正文第一段\n正文第二段\n");
    }

    @Test
    void theTitleTagNamesTheReportWhenThePageBodyDoesNot() throws Exception {
        String body = "<p>一、概述</p><p>" + "本年度主动公开政府信息一千条。".repeat(5) + "</p>";
        IngestedDocument untitled = html("<html><head><title>某某县2015年政府信息公开工作年度报告_某某县人民政府网</title></head>"
                + "<body><div class=logo><img src=logo.png></div>" + body + "</body></html>");
        IngestedDocument titled = html("<html><head><title>某某县2015年政府信息公开工作年度报告_某某县人民政府网</title></head>"
                + "<body><h1>某某县2015年政府信息公开工作年度报告</h1>" + body + "</body></html>");
        assertThat(untitled.text()).startsWith("某某县2015年政府信息公开工作年度报告\n一、概述\n");
        assertThat(titled.text()).startsWith("某某县2015年政府信息公开工作年度报告\n一、概述\n");
        assertThat(titled.text()).containsOnlyOnce("年度报告");
    }

    @Test
    void entitiesAreDecoded() throws Exception {
        IngestedDocument d = html("<p>收费&nbsp;0&nbsp;元&middot;减免&amp;退还&lt;无&gt;&ldquo;是&rdquo;&#20840;&#x5e74;</p>");
        assertThat(d.text()).isEqualTo("收费 0 元·减免&退还<无>“是”全年\n");
    }

    @Test
    void layoutTablesDoNotSwallowTheReport() throws Exception {
        StringBuilder page = new StringBuilder("<html><body><table width=100%><tr><td class=left>"
                + "<table><tr><td><a href=a>栏目一</a></td></tr><tr><td><a href=b>栏目二</a></td></tr>"
                + "<tr><td><a href=c>栏目三</a></td></tr></table></td><td>"
                + "<table><tr><td><h1>某县2019年政府信息公开工作年度报告</h1></td></tr><tr><td>");
        page.append("<p>一、总体情况</p><p>").append("本县坚持以公开为常态、不公开为例外，全面推进政务公开。".repeat(12))
                .append("</p><p>二、主动公开政府信息情况</p>")
                .append("<table border=1><tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td></tr>"
                        + "<tr><td>规章</td><td>0</td><td>0</td></tr><tr><td>规范性文件</td><td>12</td><td>12</td></tr></table>")
                .append("<p>三、其他需要报告的事项</p><p>无。</p></td></tr></table></td></tr></table></body></html>");
        IngestedDocument d = html(page.toString());
        assertThat(d.tables()).hasSize(1);
        assertThat(d.tables().get(0).rows()).hasSize(3);
        assertThat(d.text()).startsWith("某县2019年政府信息公开工作年度报告\n一、总体情况\n本县坚持")
                .contains("二、主动公开政府信息情况\n\n信息内容 | 本年新制作数量 | 本年新公开数量\n规章 | 0 | 0\n规范性文件 | 12 | 12\n\n三、")
                .doesNotContain("栏目");
        assertOffsetsExact(d);
    }

    @Test
    void rowAndColumnSpansAreRecorded() throws Exception {
        IngestedDocument d = html("<table border=1>"
                + "<tr><th rowspan=3 colspan=2>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>"
                + "<th colspan=3>申请人情况</th></tr>"
                + "<tr><th rowspan=2>自然人</th><th colspan=2>法人或其他组织</th></tr>"
                + "<tr><th>商业企业</th><th>科研机构</th></tr>"
                + "<tr><td colspan=2>一、本年新收政府信息公开申请数量</td><td>21</td><td>0</td><td>0</td></tr>"
                + "<tr><td rowspan=2>三、本年度办理结果</td><td>（一）予以公开</td><td>5</td><td></td><td>0</td></tr>"
                + "<tr><td>（二）部分公开</td><td>1</td><td>0</td><td>0</td></tr></table>");
        TextTable t = d.tables().get(0);
        assertThat(t.rows()).hasSize(6);
        assertThat(t.rows().get(0).cells().get(0).rowSpan()).isEqualTo(3);
        assertThat(t.rows().get(0).cells().get(0).colSpan()).isEqualTo(2);
        assertThat(t.rows().get(4).cells()).extracting(TableCell::text)
                .containsExactly("三、本年度办理结果", "（一）予以公开", "5", "", "0");
        assertThat(t.rows().get(4).cells().get(0).rowSpan()).isEqualTo(2);
        assertThat(t.rows().get(5).cells()).hasSize(4);
        assertThat(d.text()).contains("三、本年度办理结果 | （一）予以公开 | 5 |  | 0\n（二）部分公开 | 1 | 0 | 0");
        assertOffsetsExact(d);
    }

    @Test
    void emptyRowsAreLeftOutAndSpansCountTheRowsThatRemain() throws Exception {
        IngestedDocument d = html("<table><tr><td rowspan=3>（三）不予公开</td><td>1.属于国家秘密</td><td>0</td></tr>"
                + "<tr><td>&nbsp;</td><td> </td></tr><tr><td>2.其他法律行政法规禁止公开</td><td>1</td></tr></table>");
        TextTable t = d.tables().get(0);
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(0).cells().get(0).rowSpan()).isEqualTo(2);
        assertThat(d.text()).isEqualTo("（三）不予公开 | 1.属于国家秘密 | 0\n2.其他法律行政法规禁止公开 | 1\n");
    }

    @Test
    void malformedHtmlStillYieldsText() throws Exception {
        IngestedDocument d = html("<html><head><title>x</head><body><p>第一段<b>加粗<p>第二段</td></tr>"
                + "<table><tr><td>行政许可<td>550<tr><td>行政处罚<td>4119</table><div>末尾<span>未闭合");
        assertThat(d.text()).contains("第一段加粗\n第二段").contains("行政许可 | 550\n行政处罚 | 4119").contains("末尾未闭合");
        assertOffsetsExact(d);
    }

    @Test
    void theBodyOfAPageWrappedInAFormIsKept() throws Exception {
        String report = "本机关全年主动公开政府信息二百条，受理申请十件，均按期答复。".repeat(5);
        IngestedDocument d = html("<html><body><form id=form1 action=x><div class=nav><a>首页</a><a>新闻</a><a>公开</a></div>"
                + "<div class=main><h2>年度报告</h2><p>" + report + "</p></div><div class=footer>版权所有</div></form></body></html>");
        assertThat(d.text()).isEqualTo("年度报告\n" + report + "\n");
    }

    @Test
    void aPageWithFramesOnlyGetsAClearMessage() throws Exception {
        Path f = Files.writeString(dir.resolve("frames.htm"),
                "<html><frameset cols='20%,80%'><frame src='menu.html'><frame src='report.html'></frameset></html>");
        assertThatThrownBy(() -> ingester.ingest(f)).isInstanceOf(IngestException.class)
                .hasMessageContaining("frames.htm").hasMessageContaining("frames");
    }

    @Test
    void scriptsAndStylesAreNeverText() throws Exception {
        IngestedDocument d = html("<html><head><style>p{color:red}</style><script>alert('弹窗')</script></head>"
                + "<body><p>正文</p><noscript>请启用脚本</noscript><script>document.write('动态')</script></body></html>");
        assertThat(d.text()).isEqualTo("正文\n");
    }
}
