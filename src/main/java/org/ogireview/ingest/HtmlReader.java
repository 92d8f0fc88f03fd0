package org.ogireview.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/** HTML pages through jsoup: nothing from the page is executed or fetched. (First version: text only.) */
final class HtmlReader {

    private HtmlReader() {
    }

    static IngestedDocument read(Path file, byte[] bytes, String sha, Charset override) throws IngestException {
        TextDecoder.Decoded d = TextDecoder.decode(file, bytes, override);
        Document doc = Jsoup.parse(d.text());
        doc.select("script, style, nav, form, noscript, iframe").remove();
        String text = doc.wholeText().strip();
        if (text.isBlank()) {
            throw new IngestException(file, "the page holds no text");
        }
        return new IngestedDocument(file.getFileName().toString(), sha, "html", d.charset().name(), text, List.of(),
                List.of(), 0, null, List.of());
    }
}
