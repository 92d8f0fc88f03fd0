package org.ogireview.ingest;

import org.ogireview.model.UserText;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML pages through jsoup: nothing from the page is executed or fetched. The charset comes from a byte-order
 * mark, then the page's own declaration, then detection; the page furniture is removed ({@link HtmlCleaner}) and
 * the rest is rendered as lines and tables ({@link HtmlRenderer}).
 */
final class HtmlReader {

    /** A report title in the page's {@code <title>}: the name of a report, then the site's name after _ - or |. */
    private static final Pattern TITLE = Pattern.compile("^\\s*(.{4,80}?(年度报告|年报))\\s*([_|\\-—｜].*)?$");

    private HtmlReader() {
    }

    /**
     * The report's name from {@code <title>} when the page body never names it near its top (the title was an
     * image, or sat in the header that was cleaned away): the metadata extractor reads region and year from it.
     */
    private static Optional<String> titleIfMissing(Document doc, Element body) {
        Matcher m = TITLE.matcher(doc.title());
        if (!m.matches()) {
            return Optional.empty();
        }
        String head = body.text();
        head = head.substring(0, Math.min(head.length(), 300));
        return head.contains("报告") || head.contains("年报") ? Optional.empty() : Optional.of(m.group(1).strip());
    }

    static IngestedDocument read(Path file, byte[] bytes, String sha, Charset override) throws IngestException {
        Charset declared = HtmlCharset.declared(bytes);
        TextDecoder.Decoded d = TextDecoder.decode(file, bytes, override, declared);
        Document doc = Jsoup.parse(d.text());
        Element title = doc.selectFirst("title");
        if (doc.body().text().isBlank() && title != null && title.text().contains("<")) {
            // an unclosed <title> swallows the page as a browser would; the page's text is still in there
            doc = Jsoup.parse(title.text());
        }
        Element body = doc.body();
        boolean frames = !doc.select("frameset, frame, iframe").isEmpty();
        HtmlCleaner.clean(body);
        DocumentBuilder out = new DocumentBuilder();
        titleIfMissing(doc, body).ifPresent(out::line);
        HtmlRenderer.render(body, out);
        String text = out.text();
        if (text.isBlank()) {
            throw new IngestException(file, new UserText(frames ? "ingest.htmlFrames" : "ingest.htmlEmpty"));
        }
        List<UserText> warnings = new ArrayList<>();
        if (d.warning() != null) {
            warnings.add(d.warning());
        }
        TextReader.checkChinese(text).ifPresent(warnings::add);
        cutShort(d.text()).ifPresent(warnings::add);
        return new IngestedDocument(file.getFileName().toString(), sha, "html", d.charset().name(), text,
                out.tables(), List.of(), 0, null, warnings);
    }

    /**
     * A page cut short (an incomplete download, a full disk while saving) ends inside a tag, or opens {@code <html>}
     * and never closes it: the end of the report may be missing, as with a cut PDF.
     */
    static java.util.Optional<UserText> cutShort(String html) {
        String tail = html.stripTrailing();
        int lastOpen = tail.lastIndexOf('<');
        if (lastOpen >= 0 && tail.indexOf('>', lastOpen) < 0) {
            return java.util.Optional.of(new UserText("ingest.htmlCutInTag"));
        }
        String lower = tail.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("<html") && !lower.contains("</html>") || lower.contains("<body")
                && !lower.contains("</body>")) {
            return java.util.Optional.of(new UserText("ingest.htmlNotClosed"));
        }
        return java.util.Optional.empty();
    }
}
