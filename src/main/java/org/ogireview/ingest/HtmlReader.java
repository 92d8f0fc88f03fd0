package org.ogireview.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * HTML pages through jsoup: nothing from the page is executed or fetched. The charset comes from a byte-order
 * mark, then the page's own declaration, then detection; the page furniture is removed ({@link HtmlCleaner}) and
 * the rest is rendered as lines and tables ({@link HtmlRenderer}).
 */
final class HtmlReader {

    private HtmlReader() {
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
        HtmlRenderer.render(body, out);
        String text = out.text();
        if (text.isBlank()) {
            throw new IngestException(file, frames
                    ? "the page holds no text of its own, only frames; save the framed page itself"
                    : "the page holds no text");
        }
        List<String> warnings = new ArrayList<>();
        if (d.warning() != null) {
            warnings.add(d.warning());
        }
        TextReader.checkChinese(text).ifPresent(warnings::add);
        return new IngestedDocument(file.getFileName().toString(), sha, "html", d.charset().name(), text,
                out.tables(), List.of(), 0, null, warnings);
    }
}
