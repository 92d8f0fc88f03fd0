package org.ogireview.testing;

import com.opencsv.CSVReaderHeaderAware;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An exported CSV read back as rows by column name; the BOM Excel needs is taken off the first header. */
public final class CsvRows {

    private CsvRows() {
    }

    public static List<Map<String, String>> read(Path csv) throws Exception {
        List<Map<String, String>> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVReaderHeaderAware reader = new CSVReaderHeaderAware(r)) {
            Map<String, String> row;
            while ((row = reader.readMap()) != null) {
                Map<String, String> clean = new LinkedHashMap<>();
                row.forEach((k, v) -> clean.put(k.replace("\uFEFF", ""), v));
                out.add(clean);
            }
        }
        return out;
    }
}
