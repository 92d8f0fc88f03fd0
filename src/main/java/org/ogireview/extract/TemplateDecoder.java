package org.ogireview.extract;

import org.ogireview.extract.TableTokens.Token;
import org.ogireview.model.ApplicantColumn;
import org.ogireview.model.ExtractedFigure;
import org.ogireview.model.ReportFormat;

import java.util.List;

/**
 * Tables 二 and 三 read as a stream of cells decoded against the template, not as rows of a layout. The 2019 trial
 * and 2021 revised tables are fixed: each row label is followed, sooner or later, by a known number of cells. So
 * whatever the flattening (a row a line with padding or trailing empty cells, one cell a line or a paragraph,
 * labels a converter put before a block of bare numbers, header cells cut or split or duplicated, a page footer
 * inside the table, the text ending inside a row) the decoder walks the cells in reading order: a row label opens
 * a row, the numbers after it fill that row's cells in the template's column order, and labels seen before their
 * numbers queue up and are filled in turn.
 *
 * <p>Where several readings fit (table 三's columns in the template's order or in the order a flattened header
 * names them), the table's own arithmetic chooses: the 总计 column is the sum of the applicant columns. A cell
 * whose value differs between readings the arithmetic cannot tell apart carries a low confidence, so the form
 * flags it for the reviewer. Each figure's confidence says how sure the reading is:
 * {@link #SURE} a labelled row with exactly its cells; {@link #CUT} the first cells of a row the text ends in;
 * {@link #TOTAL_ONLY} a row of table 三 left with one number; {@link #UNDECIDED} readings the arithmetic could not
 * separate.
 */
final class TemplateDecoder {

    static final double SURE = 0.95;
    static final double EMPTY_ROW = 0.9;
    static final double CUT = 0.8;
    static final double TOTAL_ONLY = 0.6;
    static final double UNDECIDED = 0.5;

    /** Table 三's columns in the template's order. */
    static final List<ApplicantColumn> STANDARD = List.of(ApplicantColumn.NATURAL_PERSON,
            ApplicantColumn.COMMERCIAL, ApplicantColumn.RESEARCH, ApplicantColumn.NGO, ApplicantColumn.LEGAL_SERVICES,
            ApplicantColumn.OTHER_ORG, ApplicantColumn.TOTAL);

    /** Reads tables 二, 三 and 四 from the text. */
    List<ExtractedFigure> decode(NormalizedText text, ReportFormat format, CellFigures figures) {
        if (format == ReportFormat.NARRATIVE) {
            return List.of();
        }
        List<Token> tokens = TableTokens.of(text);
        TemplateWalk walk = new TemplateWalk(format, figures, tokens);
        for (int i = 0; i < tokens.size(); i++) {
            walk.take(i);
        }
        walk.flushAll();
        return walk.emit();
    }
}
