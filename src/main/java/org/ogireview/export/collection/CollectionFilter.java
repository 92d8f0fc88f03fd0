package org.ogireview.export.collection;

import org.ogireview.model.BodyKind;

/**
 * Which bodies and years a collection view shows.
 *
 * @param division a division code (province, city or county): bodies within it; null for all
 * @param kind     null for every kind
 * @param fromYear null for no lower bound
 * @param toYear   null for no upper bound
 */
public record CollectionFilter(String division, BodyKind kind, Integer fromYear, Integer toYear) {

    public static final CollectionFilter ALL = new CollectionFilter(null, null, null, null);

    public boolean admitsBody(BodyRef body) {
        return body.within(division) && (kind == null || kind == body.kind());
    }

    public boolean admitsYear(Integer year) {
        if (year == null) {
            return fromYear == null && toYear == null;
        }
        return (fromYear == null || year >= fromYear) && (toYear == null || year <= toYear);
    }

    public boolean admits(CollectionReport r) {
        return admitsBody(r.body()) && admitsYear(r.year());
    }
}
