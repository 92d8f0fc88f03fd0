package org.ogireview.extract;

import org.ogireview.extract.TableTokens.Kind;
import org.ogireview.extract.TableTokens.Token;
import org.ogireview.model.ApplicantColumn;
import org.ogireview.model.ExtractedFigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figures of the rows a {@link TemplateWalk} read: table 二's cells in their block's columns, table 三's in the
 * applicant columns the table's arithmetic chooses, table 四's from its stream, each with how sure the reading is.
 */
final class DecodedRowFigures {

    /** Table 二's columns and their names in the template: the vocabulary's. */
    private static final Map<String, String> COLUMN_NAMES = FieldVocabulary.standard().table2Columns();

    private final List<DecodedRow> finished;
    private final List<Token> applicationHeader;
    private final StreamReviewTable review;
    private final CellFigures figures;
    private final TokenLines lines;

    DecodedRowFigures(List<DecodedRow> finished, List<Token> applicationHeader, StreamReviewTable review,
                      CellFigures figures, TokenLines lines) {
        this.finished = finished;
        this.applicationHeader = applicationHeader;
        this.review = review;
        this.figures = figures;
        this.lines = lines;
    }

    List<ExtractedFigure> emit() {
        List<ExtractedFigure> out = new ArrayList<>();
        List<ApplicantColumn> headerOrder = ApplicantColumnOrder.headerOrder(applicationHeader);
        List<DecodedRow> applicationRowsRead = finished.stream().filter(r -> !r.proactive).toList();
        List<ApplicantColumn> order = TemplateDecoder.STANDARD;
        boolean decided = true;
        if (headerOrder != null) {
            int byTemplate = ApplicantColumnOrder.sums(applicationRowsRead, TemplateDecoder.STANDARD);
            int byHeader = ApplicantColumnOrder.sums(applicationRowsRead, headerOrder);
            if (byHeader > byTemplate) {
                order = headerOrder;
            } else if (byHeader == byTemplate) {
                decided = false;
            }
        }
        review.emit(figures, out);
        for (DecodedRow r : finished) {
            if (r.proactive) {
                emitProactive(r, out);
            } else {
                emitApplication(r, order, decided ? null : headerOrder, out);
            }
        }
        return out;
    }

    private void emitProactive(DecodedRow r, List<ExtractedFigure> out) {
        int width = r.width();
        if (r.empty) {
            for (String c : r.columns) {
                add(out, "proactive." + r.key + "." + c, blankAt(r.label), r, COLUMN_NAMES.get(c), "",
                        TemplateDecoder.EMPTY_ROW);
            }
            return;
        }
        double confidence = TemplateDecoder.SURE;
        int n = r.values.size();
        if (n < width) {
            if (!lines.cutAfter(r.lastIndex)) {
                return; // cells missing inside the table: no reading can place them
            }
            confidence = TemplateDecoder.CUT;
        }
        for (int k = 0; k < Math.min(n, width); k++) {
            String c = r.columns.get(k);
            add(out, "proactive." + r.key + "." + c, cell(r, k), r, COLUMN_NAMES.get(c),
                    r.units.getOrDefault(c, ""), confidence);
        }
    }

    private void emitApplication(DecodedRow r, List<ApplicantColumn> order, List<ApplicantColumn> rival,
                                 List<ExtractedFigure> out) {
        int n = r.values.size();
        if (r.empty) {
            for (ApplicantColumn c : TemplateDecoder.STANDARD) {
                add(out, c.key(r.key), blankAt(r.label), r, c.labelZh(), "", TemplateDecoder.EMPTY_ROW);
            }
            return;
        }
        if (n == 1 && (!lines.cutAfter(r.lastIndex) || lines.paddedAfter(r.lastIndex))) {
            // a copy that lost the empty applicant cells: the one number left is the row's total
            add(out, r.key, r.values.get(0).placed(), r, ApplicantColumn.TOTAL.labelZh(), "", TemplateDecoder.TOTAL_ONLY);
            return;
        }
        double confidence = TemplateDecoder.SURE;
        if (n < TemplateDecoder.STANDARD.size()) {
            if (!lines.cutAfter(r.lastIndex)) {
                return;
            }
            confidence = TemplateDecoder.CUT;
        }
        for (int k = 0; k < Math.min(n, TemplateDecoder.STANDARD.size()); k++) {
            ApplicantColumn c = order.get(k);
            double cellConfidence = confidence;
            if (rival != null && !ApplicantColumnOrder.sameUnder(r, order, rival, c)) {
                cellConfidence = TemplateDecoder.UNDECIDED; // the arithmetic cannot tell the readings apart: the reviewer decides
            }
            add(out, c.key(r.key), cell(r, k), r, c.labelZh(), "", cellConfidence);
        }
    }
    private void add(List<ExtractedFigure> out, String key, SourceRow.Placed cell, DecodedRow r, String column,
                     String unit, double confidence) {
        if (figures.knows(key)) {
            out.add(figures.figure(key, cell, r.label.placed(), r.canonical, column, unit, confidence));
        }
    }

    /** Cell k of a row; an empty cell is shown at its row's label, as an empty row is. */
    private static SourceRow.Placed cell(DecodedRow r, int k) {
        Token t = r.values.get(k);
        return t.kind() == Kind.EMPTY ? blankAt(r.label) : t.placed();
    }

    private static SourceRow.Placed blankAt(Token label) {
        return new SourceRow.Placed(new org.ogireview.ingest.TableCell("", label.start(), label.start()), 0,
                CellValue.blank());
    }
}
