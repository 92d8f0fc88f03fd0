package org.ogireview.export;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.ogireview.model.FieldCatalog;
import org.ogireview.store.DatasetKeys;
import org.ogireview.store.ReportStore;
import org.ogireview.store.StoreException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The auditors' workbook: a sheet per layout (wide, long, history) and the codebook, each with a frozen header of
 * Chinese labels above the column names; numbers as numbers, dates as dates, text as shared strings (never a
 * formula: nothing in the file runs). Written with fastexcel (docs/decisions/0170-xlsx-with-fastexcel.md) from the
 * CSV layouts, so the sheets hold exactly what the CSV files hold.
 */
public final class XlsxExport {

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(?:\\.\\d+)?");
    /** Excel's limit on the rows of a sheet. */
    private static final int MAX_ROWS = 1_048_576;

    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("report_id", "报告编号"), Map.entry("file", "文件"), Map.entry("region", "地区或机关"),
            Map.entry("year", "报告年度"), Map.entry("format", "格式"), Map.entry("field", "字段"),
            Map.entry("label", "中文名称"), Map.entry("label_en", "英文名称"), Map.entry("unit", "单位"),
            Map.entry("value", "数值"), Map.entry("qualifier", "限定"), Map.entry("status", "状态"),
            Map.entry("extracted_value", "提取值"), Map.entry("source_start", "原文起点"),
            Map.entry("source_end", "原文终点"), Map.entry("snippet", "原文片段"), Map.entry("coder", "编码员"),
            Map.entry("changed_at", "修改时间"), Map.entry("check_rule", "校验规则"),
            Map.entry("check_as_published", "确认原文如此"), Map.entry("check_note", "校验备注"),
            Map.entry("body_id", "机关编号"), Map.entry("division_code", "行政区划代码"),
            Map.entry("entry_id", "记录编号"), Map.entry("action", "操作"), Map.entry("old_value", "原值"),
            Map.entry("old_qualifier", "原限定"), Map.entry("old_status", "原状态"), Map.entry("new_value", "新值"),
            Map.entry("new_qualifier", "新限定"), Map.entry("new_status", "新状态"),
            Map.entry("reverts_entry", "撤销或重做的记录"), Map.entry("column", "列名"),
            Map.entry("stata_name", "Stata 变量名"), Map.entry("field_key", "字段键"), Map.entry("role", "角色"),
            Map.entry("label_zh", "中文名称"), Map.entry("type", "类型"), Map.entry("section", "部分"),
            Map.entry("era", "适用格式"), Map.entry("codes", "代码含义"),
            // double coding (issue 13)
            Map.entry("first_coder", "第一编码员"), Map.entry("first_value", "第一编码值"),
            Map.entry("first_qualifier", "第一编码限定"), Map.entry("first_status", "第一编码状态"),
            Map.entry("second_coder", "第二编码员"), Map.entry("second_value", "第二编码值"),
            Map.entry("second_qualifier", "第二编码限定"), Map.entry("second_status", "第二编码状态"),
            Map.entry("decision", "裁定"), Map.entry("adjudicator", "裁定人"), Map.entry("decision_note", "裁定说明"),
            Map.entry("note", "说明"));

    private final ReportStore store;
    private final FieldCatalog catalog;
    private ExportSelection selection = ExportSelection.all();

    public XlsxExport(ReportStore store) {
        this(store, FieldCatalog.standard());
    }

    public XlsxExport(ReportStore store, FieldCatalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    /** Exports only the reports of the selection, on every sheet; the columns stay the same. */
    public XlsxExport select(ExportSelection reports) {
        this.selection = reports == null ? ExportSelection.all() : reports;
        return this;
    }

    /** Writes the workbook; the file appears only when complete. Returns the wide sheet's data rows. */
    public long write(Path target) throws IOException, StoreException {
        Path out = target.toAbsolutePath().normalize();
        Path folder = out.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("cannot write " + out + ": the folder " + folder + " does not exist");
        }
        Path work = Files.createTempDirectory(folder, "." + out.getFileName() + "-");
        try {
            Map<ExportLayout, Path> csv = new EnumMap<>(ExportLayout.class);
            for (ExportLayout l : ExportLayout.values()) {
                csv.put(l, work.resolve(l.code() + ".csv"));
            }
            new CsvExporter(store, catalog).select(selection).exportAll(csv, false);
            WideLayout wide = new WideLayout(catalog, DatasetKeys.none());
            Labels labels = new Labels(catalog);
            List<String[]> codebook = Codebook.rows(wide.columns(), labels);
            Map<String, String> wideZh = new java.util.HashMap<>();
            Set<String> wideNumbers = new HashSet<>();
            for (String[] r : codebook) {
                wideZh.put(r[0], r[4]);
                if (r[3].equals("value") || r[6].equals("integer")) {
                    wideNumbers.add(r[0]);
                }
            }
            Path temp = work.resolve("book.xlsx");
            long rows;
            try (OutputStream os = Files.newOutputStream(temp); Workbook wb = new Workbook(os, "OGI Report Review", "1.0")) {
                rows = sheet(wb, "wide", csv.get(ExportLayout.WIDE), wideZh, wideNumbers,
                        Set.of("published_on"), Set.of());
                sheet(wb, "long", csv.get(ExportLayout.LONG), ZH,
                        Set.of("report_id", "year", "value", "source_start", "source_end", "body_id"), Set.of(),
                        Set.of("changed_at"));
                sheet(wb, "history", csv.get(ExportLayout.HISTORY), ZH,
                        Set.of("entry_id", "report_id", "reverts_entry", "body_id"), Set.of(), Set.of("changed_at"));
                List<String[]> book = new ArrayList<>();
                book.add(Codebook.HEADER);
                book.addAll(codebook);
                sheet(wb, "codebook", book.iterator(), ZH, Set.of(), Set.of(), Set.of());
            }
            try {
                Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
            }
            return rows;
        } finally {
            try (Stream<Path> files = Files.list(work)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(work);
        }
    }

    private static long sheet(Workbook wb, String name, Path csv, Map<String, String> zh, Set<String> numbers,
                              Set<String> dates, Set<String> times) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVReader reader = new CSVReader(r)) {
            java.util.Iterator<String[]> rows = new java.util.Iterator<>() {
                private String[] next = read();

                private String[] read() {
                    try {
                        return reader.readNext();
                    } catch (IOException | CsvValidationException e) {
                        throw new java.io.UncheckedIOException(new IOException("cannot read back " + csv, e));
                    }
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public String[] next() {
                    String[] out = next;
                    next = read();
                    return out;
                }
            };
            return sheet(wb, name, rows, zh, numbers, dates, times);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Row 1 the Chinese labels, row 2 the column names (both frozen), then the data; returns the data rows. */
    private static long sheet(Workbook wb, String name, java.util.Iterator<String[]> rows, Map<String, String> zh,
                              Set<String> numbers, Set<String> dates, Set<String> times) throws IOException {
        Worksheet ws = wb.newWorksheet(name);
        String[] header = rows.next();
        for (int c = 0; c < header.length; c++) {
            ws.value(0, c, zh.getOrDefault(header[c], header[c]));
            ws.value(1, c, header[c]);
            ws.style(0, c).bold().set();
            ws.style(1, c).bold().set();
        }
        ws.freezePane(1, 2);
        int r = 1;
        for (; rows.hasNext() && r < MAX_ROWS - 1; r++) {
            String[] row = rows.next();
            for (int c = 0; c < row.length && c < header.length; c++) {
                put(ws, r + 1, c, row[c], header[c], numbers, dates, times);
            }
            if ((r & 1023) == 0) {
                ws.flush();
            }
        }
        ws.finish();
        return r - 1L;
    }

    private static void put(Worksheet ws, int r, int c, String cell, String column, Set<String> numbers,
                            Set<String> dates, Set<String> times) {
        if (cell == null || cell.isEmpty()) {
            return;
        }
        try {
            if (numbers.contains(column) && NUMBER.matcher(cell).matches()) {
                ws.value(r, c, cell.contains(".") ? (Number) Double.valueOf(cell) : (Number) Long.valueOf(cell));
                return;
            }
            if (dates.contains(column)) {
                ws.value(r, c, LocalDate.parse(cell));
                ws.style(r, c).format("yyyy-mm-dd").set();
                return;
            }
            if (times.contains(column)) {
                LocalDateTime t = OffsetDateTime.parse(cell).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
                ws.value(r, c, t);
                ws.style(r, c).format("yyyy-mm-dd hh:mm:ss").set();
                return;
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            // kept as the text it is
        }
        ws.value(r, c, unguarded(cell));
    }

    /** The CSV's guard apostrophe is not needed in a workbook: a string cell is never a formula. */
    static String unguarded(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }
}
