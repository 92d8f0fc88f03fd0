package org.ogireview.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes the web page away from the report: scripts and forms, menus, breadcrumbs, share and print links,
 * previous/next links, footers, related-file and QR-code blocks. Clues are the tag (nav, aside, footer…),
 * class and id words (nav, menu, breadcrumb, share…), wording (当前位置, 版权所有, 上一篇…) and link density.
 *
 * <p>The report body is found first (the smallest element holding most of the page's plain text) and it and its
 * ancestors are never removed, so a page wrapped in one big form or a layout table keeps its report. A line with
 * the publication date (发布日期/发布时间) is never removed either: the metadata extractor reads it.
 */
final class HtmlCleaner {

    /** Never part of a report's text. */
    private static final String JUNK = "script, style, noscript, iframe, frame, object, embed, applet, svg, canvas,"
            + " template, button, select, input, textarea, option, link, meta, map, area, audio, video, source,"
            + " img, dialog";

    /** Containers that can be a menu or a link list. */
    private static final Set<String> LINK_LIST_TAGS = Set.of("div", "ul", "ol", "li", "dl", "dt", "dd", "table",
            "tbody", "tr", "td", "section", "p", "center", "h4", "h5", "h6");

    /** Class/id words that mark page furniture wherever they occur. */
    private static final Set<String> NOISE_WORDS = Set.of("nav", "navbar", "navigation", "menu", "menubar",
            "submenu", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "share", "bdshare", "jiathis", "sharebar",
            "toolbar", "print", "sidebar", "footer", "copyright", "banquan", "topbar", "login", "search",
            "searchbar", "related", "relate", "xgwj", "xglj", "qrcode", "erweima", "ewm", "pager", "pagination",
            "prevnext", "dqwz", "weizhi", "feedback", "comment", "comments", "advert", "ads", "gotop", "backtop",
            "skip", "zihao", "fontsize", "location", "position");

    /** Class/id words that mark furniture only outside the report body (an article has its own header). */
    private static final Set<String> OUTER_NOISE_WORDS = Set.of("header", "head", "top", "bottom", "foot", "side",
            "tool", "tools", "links", "link", "banner", "logo", "right", "left");

    private static final Pattern FURNITURE_TEXT = Pattern.compile(
            "当前位置|您现在的位置|您的位置|现在位置|所在位置|版权所有|主办单位[:：]|承办单位[:：]|主办[:：]|ICP备|ICP证"
                    + "|网站标识码|公网安备|技术支持[:：]|网站地图|联系我们|建议使用.{0,20}浏览器|分辨率"
                    + "|上一篇|下一篇|上一条|下一条|【打印】|【关闭】|\\[打印]|\\[关闭]|打印本页|打印此页|关闭窗口|关闭本页"
                    + "|分享到|扫一扫|微信扫|收藏本页|加入收藏|设为首页|【字体|字号[:：]|【大】|\\[大]|无障碍");

    private static final Pattern FURNITURE_START = Pattern.compile("^\\s*(相关文件|相关链接|相关阅读|相关新闻|附件下载)");

    private static final Pattern DATE_LINE = Pattern.compile("发布日期|发布时间|发文日期|成文日期|日期[:：]\\s*\\d{4}");

    /** Blocks longer than this are report text, whatever words they contain. */
    private static final int SHORT_BLOCK = 160;

    /** Elements with this much plain (non-link) text hold report text, whatever their class says. */
    private static final int LONG_TEXT = 400;

    private HtmlCleaner() {
    }

    /** Cleans the body in place and returns the element found to hold the report. */
    static Element clean(Element body) {
        body.select(JUNK).remove();
        removeComments(body);
        for (Element hidden : body.select("[style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden], [hidden]")) {
            hidden.remove(); // what the browser does not show is not part of the report
        }
        Element main = findMain(body);
        Set<Element> keep = new HashSet<>();
        for (Element e = main; e != null; e = e.parent()) {
            keep.add(e);
        }
        prune(body, main, keep, false);
        return main;
    }

    /** The smallest element that holds at least 70% of the page's plain (non-link) text. */
    static Element findMain(Element body) {
        Element current = body;
        while (true) {
            int total = plainTextLength(current);
            Element next = null;
            for (Element child : current.children()) {
                if (plainTextLength(child) >= total * 0.7 && total > 0) {
                    next = child;
                    break;
                }
            }
            if (next == null) {
                return current;
            }
            current = next;
        }
    }

    private static void prune(Element element, Element main, Set<Element> keep, boolean insideMain) {
        for (Element child : new ArrayList<>(element.children())) {
            boolean childInside = insideMain || child == main;
            if (!keep.contains(child) && isFurniture(child, childInside)) {
                child.remove();
                continue;
            }
            if (child.normalName().equals("table") && !HtmlTables.isLayout(child)) {
                continue; // a data table keeps all its cells, or its grid breaks
            }
            prune(child, main, keep, childInside);
        }
    }

    static boolean isFurniture(Element e, boolean insideMain) {
        String tag = e.normalName();
        String text = e.text();
        boolean dateLine = DATE_LINE.matcher(text).find() && text.length() <= 300;
        if (tag.equals("nav") || tag.equals("aside") || tag.equals("menu")) {
            return true;
        }
        if (dateLine || plainTextLength(e) > LONG_TEXT) {
            return false;
        }
        if (tag.equals("form") || tag.equals("footer")) {
            return true;
        }
        if (tag.equals("header") && !insideMain && e.closest("article") == null) {
            return true;
        }
        for (String word : words(e)) {
            if (NOISE_WORDS.contains(word) || (!insideMain && OUTER_NOISE_WORDS.contains(word))) {
                return true;
            }
        }
        if (text.length() <= SHORT_BLOCK && (FURNITURE_TEXT.matcher(text).find()
                || FURNITURE_START.matcher(text).find() || LoginBar.is(text))) {
            return true;
        }
        return isLinkList(e, text);
    }

    /** Menus and link lists: several links that make up most of the element's text. */
    private static boolean isLinkList(Element e, String text) {
        if (!LINK_LIST_TAGS.contains(e.normalName())) {
            return false; // a link inside a sentence is part of the sentence
        }
        List<Element> links = e.getElementsByTag("a");
        if (links.size() < 3 && !(links.size() >= 1 && text.length() <= 40 && !e.normalName().equals("p"))) {
            return false;
        }
        int linkChars = 0;
        for (Element a : links) {
            linkChars += nonSpace(a.text());
        }
        int all = nonSpace(text);
        if (all == 0) {
            return false;
        }
        double density = (double) linkChars / all;
        return links.size() >= 3 ? density > 0.6 && all - linkChars < 200 : density > 0.9;
    }

    /** Words of the class and id, split at punctuation and camel case: "mainNav-bar" -> main, nav, bar. */
    static List<String> words(Element e) {
        List<String> out = new ArrayList<>();
        for (String attr : new String[]{e.className(), e.id()}) {
            if (attr.isEmpty()) {
                continue;
            }
            String spaced = attr.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
            for (String w : spaced.split("[^a-z0-9]+")) {
                String bare = w.replaceAll("\\d+$", "");
                if (!bare.isEmpty()) {
                    out.add(bare);
                }
            }
        }
        return out;
    }

    private static int plainTextLength(Element e) {
        int all = nonSpace(e.text());
        int links = 0;
        for (Element a : e.getElementsByTag("a")) {
            links += nonSpace(a.text());
        }
        return Math.max(0, all - links);
    }

    static int nonSpace(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00A0') {
                n++;
            }
        }
        return n;
    }

    private static void removeComments(Element root) {
        List<Node> comments = new ArrayList<>();
        root.forEachNode(n -> {
            if (n.nodeName().equals("#comment")) {
                comments.add(n);
            }
        });
        comments.forEach(Node::remove);
    }
}
