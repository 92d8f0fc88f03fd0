package org.ogireview.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Plain-text reports: decoded, line endings made '\n'; tables are left to the extractor's text-table detector. */
final class TextReader {

    private TextReader() {
    }

    static IngestedDocument read(Path file, byte[] bytes, String sha, Charset override) throws IngestException {
        TextDecoder.Decoded d = TextDecoder.decode(file, bytes, override);
        String text = d.text().replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new IngestException(file, "holds no text");
        }
        List<String> warnings = new ArrayList<>();
        if (d.warning() != null) {
            warnings.add(d.warning());
        }
        return new IngestedDocument(file.getFileName().toString(), sha, "txt", d.charset().name(), text, List.of(),
                List.of(), 0, null, warnings);
    }
}
