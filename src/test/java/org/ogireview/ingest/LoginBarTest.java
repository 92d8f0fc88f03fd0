package org.ogireview.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A site's account bar ("登录 注册") copied above a report is dropped; report sentences that say 注册 are not. */
class LoginBarTest {

    private static final Path SEED_003 = Path.of(System.getProperty("shared.dir", "../shared"),
            "seeds", "003_c1df64b726b009ca.txt");

    @Test
    void seed003StartsWithItsTitleNotTheSitesLoginBar() throws Exception {
        String published = Files.readString(SEED_003, StandardCharsets.UTF_8);
        assertThat(published).startsWith("登录 注册\n");

        IngestedDocument d = new ReportIngester().ingest(SEED_003);

        assertThat(d.text()).startsWith("2016年东昌区政府信息公开工作年度报告").doesNotContain("登录 注册");
        // Nothing else of the report is touched.
        assertThat(d.text()).isEqualTo(published.substring(published.indexOf("2016年东昌区")));
    }

    @Test
    void theSameBarInAPageIsDroppedToo() throws Exception {
        String html = "<html><body><div class=\"x1\">用户登录 | 免费注册</div><div class=\"article\"><h1>2016年东昌区"
                + "政府信息公开工作年度报告</h1><p>全年主动公开政府信息1234条，受理申请12件。</p></div></body></html>";
        IngestedDocument d = new ReportIngester().ingest("page.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).doesNotContain("登录").doesNotContain("注册").contains("受理申请12件");
    }

    @Test
    void onlyWholeBarLinesGo() {
        assertThat(LoginBar.is("登录 注册")).isTrue();
        assertThat(LoginBar.is("  用户登录 | 免费注册 ")).isTrue();
        assertThat(LoginBar.is("登录/注册　English　无障碍")).isTrue();
        assertThat(LoginBar.is("首页 English")).isFalse(); // no account words: other rules' business
        assertThat(LoginBar.is("注册资本")).isFalse();
        assertThat(LoginBar.is("办理企业注册登记信息公开申请3件")).isFalse();
        assertThat(LoginBar.is("网上登录注册用户1.2万人")).isFalse();
        String text = "标题\n登录 注册\n正文";
        assertThat(LoginBar.drop(text)).isEqualTo("标题\n正文");
        String untouched = "标题\n\n正文 注册\n";
        assertThat(LoginBar.drop(untouched)).isSameAs(untouched);
    }
}
