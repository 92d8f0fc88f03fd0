package org.ogireview.gui.exporting;

/** The dataset exports beside the CSV layouts: Stata's CSV + do-file + codebook, and the Excel workbook. */
public enum DatasetLayout {
    /** A folder: ogi_dataset.csv, ogi_dataset.do, ogi_codebook.csv, ogi_codebook.md. */
    STATA("stata"),
    /** One .xlsx file, a sheet per layout and the codebook. */
    XLSX("xlsx");

    private final String code;

    DatasetLayout(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
