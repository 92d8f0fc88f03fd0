package org.ogireview.export;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written CSV writer against OpenCSV: the same bytes, and OpenCSV's reader gets the cells back. */
class CsvWriterTest {

    private static final String PIECES = "ab1,\"\n 依申请公开，“引号”\t=-+@'";

    @Test
    void writesWhatOpenCsvWritesAndOpenCsvReadsItBack() throws Exception {
        Random random = new Random(42);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"report_id", "file", "snippet"});
        rows.add(new String[]{"", null, "plain"});
        rows.add(new String[]{"a,b", "say \"hi\"", "two\nlines", "cr\r\nlf"});
        rows.add(new String[]{"𠀀 astral 😀 pair", "洪泽区人民政府", "\"\"\""});
        for (int i = 0; i < 20_000; i++) { // well over one 64K block, so rows and surrogate pairs straddle blocks
            String[] row = new String[1 + random.nextInt(6)];
            for (int c = 0; c < row.length; c++) {
                row[c] = randomCell(random);
            }
            rows.add(row);
        }
        rows.add(new String[]{"x".repeat(200_000) + "，" + "\"".repeat(70_000)}); // a cell larger than a block

        byte[] ours = write(rows, true);
        byte[] openCsv = ("\uFEFF" + openCsv(rows)).getBytes(StandardCharsets.UTF_8);
        assertThat(ours).isEqualTo(openCsv);

        // OpenCSV's reader drops a carriage return inside a quoted cell, so that row is left out of the read-back
        List<String[]> readable = rows.stream().filter(r -> Arrays.stream(r).noneMatch(c -> c != null
                && c.indexOf('\r') >= 0)).toList();
        assertThat(readable).hasSize(rows.size() - 1);
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(
                new String(write(readable, false), StandardCharsets.UTF_8)))
                .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            List<String[]> back = reader.readAll();
            assertThat(back).hasSameSizeAs(readable);
            for (int i = 0; i < readable.size(); i++) {
                String[] expected = Arrays.stream(readable.get(i)).map(c -> c == null ? "" : c)
                        .toArray(String[]::new);
                assertThat(back.get(i)).as("row %d", i).containsExactly(expected);
            }
        }
    }

    @Test
    void loneSurrogatesBecomeQuestionMarksAsStringGetBytesMakesThem() throws Exception {
        List<String[]> rows = List.<String[]>of(new String[]{"a\uD800", "\uDC00b", "end\uD83D"});
        assertThat(write(rows, false)).isEqualTo(openCsv(rows).getBytes(StandardCharsets.UTF_8));
        assertThat(new String(write(rows, false), StandardCharsets.UTF_8)).isEqualTo("a?,?b,end?\r\n");
    }

    private static String randomCell(Random random) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        int length = random.nextInt(kind == 1 ? 400 : 30);
        for (int i = 0; i < length; i++) {
            if (random.nextInt(40) == 0) {
                b.appendCodePoint(0x1F600 + random.nextInt(50)); // a surrogate pair
            } else {
                b.append(PIECES.charAt(random.nextInt(PIECES.length())));
            }
        }
        return b.toString();
    }

    private static byte[] write(List<String[]> rows, boolean bom) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter w = new CsvWriter(bytes)) {
            if (bom) {
                w.bom();
            }
            for (String[] row : rows) {
                w.row(row.clone());
            }
        }
        return bytes.toByteArray();
    }

    private static String openCsv(List<String[]> rows) throws Exception {
        StringWriter text = new StringWriter();
        try (CSVWriter w = new CSVWriter(text, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\r\n")) {
            for (String[] row : rows) {
                w.writeNext(row, false);
            }
        }
        return text.toString();
    }
}
