package org.ogireview.ingest;

import java.util.regex.Pattern;

/**
 * A site's account bar copied along with the report: "登录 注册", "用户登录 | 免费注册", "登录/注册 English 无障碍".
 * A line made only of such words is never report text, so it is dropped wherever a page's text comes in (a text
 * file saved from the browser, a short HTML block). A sentence that mentions 注册 (企业注册登记 …) is left alone:
 * the whole line must be bar words and separators, with a 登录 or 注册 among them.
 */
final class LoginBar {

    private static final String WORD = "(?:用户|会员|个人|统一|账号)?(?:登录|登入|登陆)|(?:用户|免费|新用户|会员|个人|法人)?注册"
            + "|退出(?:登录)?|注销|个人中心|用户中心|会员中心|我的空间|找回密码|忘记密码|English|ENGLISH|EN|繁體|繁体|简体"
            + "|無障礙|无障碍|长者模式|关怀版|适老化|手机版|移动版|网站地图|首页|欢迎您?[!！]?";

    private static final String SEPARATOR = "[\\s\u3000|｜/／·•丨,，、]";

    private static final Pattern BAR = Pattern.compile(
            "^" + SEPARATOR + "*(?:" + WORD + ")(?:" + SEPARATOR + "*(?:" + WORD + "))*" + SEPARATOR + "*$");

    private static final Pattern ACCOUNT = Pattern.compile("登录|登入|登陆|注册");

    private LoginBar() {
    }

    /** True for a line (or short block) made only of account-bar words, with a login or register among them. */
    static boolean is(String line) {
        String s = line.strip();
        return !s.isEmpty() && s.length() <= 60 && ACCOUNT.matcher(s).find() && BAR.matcher(s).matches();
    }

    /**
     * The text without its account-bar lines; blank lines left at the very top by a dropped bar go too, so the
     * report starts with its title. Any other text is returned unchanged.
     */
    static String drop(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean dropped = false;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            String line = text.substring(start, end < 0 ? text.length() : end);
            if (is(line)) {
                dropped = true;
            } else if (!(dropped && out.isEmpty() && line.isBlank())) {
                out.append(text, start, next);
            }
            start = next;
        }
        return dropped ? out.toString() : text;
    }
}
