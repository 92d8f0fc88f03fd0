package org.ogireview.ingest;

import org.ogireview.model.UserText;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Plain-text reports: decoded, line endings made '\n'; tables are left to the extractor's text-table detector. */
final class TextReader {

    private TextReader() {
    }

    static IngestedDocument read(Path file, byte[] bytes, String sha, Charset override) throws IngestException {
        TextDecoder.Decoded d = TextDecoder.decode(file, bytes, override);
        // A page saved as text keeps the site's account bar ("登录 注册") above the title: not part of the report.
        String text = LoginBar.drop(d.text().replace("\r\n", "\n").replace('\r', '\n'));
        if (text.isBlank()) {
            throw new IngestException(file, new UserText("ingest.whiteSpace"));
        }
        List<UserText> warnings = new ArrayList<>();
        if (d.warning() != null) {
            warnings.add(d.warning());
        }
        checkChinese(text).ifPresent(warnings::add);
        return new IngestedDocument(file.getFileName().toString(), sha, "txt", d.charset().name(), text, List.of(),
                List.of(), 0, null, warnings);
    }

    /** A warning when a text of some length has almost no Chinese: a wrong charset or not a report. */
    static Optional<UserText> checkChinese(String text) {
        int letters = 0;
        int han = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    han++;
                }
            }
        }
        if (letters >= 200 && han < letters * 0.2) {
            return Optional.of(new UserText("ingest.fewChinese"));
        }
        return Optional.empty();
    }
}
