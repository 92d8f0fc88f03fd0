package org.ogireview.export.collection;

import java.util.List;
import java.util.Optional;

/** The measures the charts offer, in the order the choosers list them. */
public final class Measures {

    public static final Measure RECEIVED = new Measure.Field("applications.received");
    public static final Measure GRANTED = new Measure.Field("applications.granted");
    public static final Measure PARTLY_GRANTED = new Measure.Field("applications.partly_granted");
    /** 不予公开: one number in a narrative report, eight rows in the standard tables. */
    public static final Measure DENIED = new Measure.Total("denied", List.of("applications.denied"), List.of(
            "applications.denied.state_secret", "applications.denied.law_prohibited",
            "applications.denied.security_stability", "applications.denied.third_party",
            "applications.denied.internal_affairs", "applications.denied.process_info",
            "applications.denied.enforcement_files", "applications.denied.query_matters"));
    public static final Measure UNABLE = new Measure.Total("unable", List.of("applications.unable"), List.of(
            "applications.unable.not_held", "applications.unable.needs_creation", "applications.unable.unclear"));
    /** Applications answered: 已办理答复 in a narrative report, the results' 总计 in the standard tables. */
    public static final Measure ANSWERED = new Measure.Total("answered", List.of("applications.answered",
            "applications.total_handled", "applications.replies"), List.of());
    public static final Measure PROACTIVE = new Measure.Field("proactive.total");
    public static final Measure REVIEW = new Measure.Field("review.total");
    public static final Measure LITIGATION = new Measure.Total("litigation", List.of("litigation.total"),
            List.of("litigation.direct.total", "litigation.after_review.total"));
    public static final Measure DENIAL_RATE = new Measure.Ratio("denial_rate", DENIED, ANSWERED);
    public static final Measure GRANT_SHARE = new Measure.Ratio("grant_share", GRANTED, ANSWERED);

    /** Counts, for the series over a body's years and the bars across bodies. */
    public static final List<Measure> COUNTS = List.of(RECEIVED, GRANTED, PARTLY_GRANTED, DENIED, UNABLE, ANSWERED,
            PROACTIVE, REVIEW, LITIGATION);
    /** Counts and ratios, for the bars across bodies. */
    public static final List<Measure> ALL = List.of(RECEIVED, GRANTED, PARTLY_GRANTED, DENIED, UNABLE, ANSWERED,
            PROACTIVE, REVIEW, LITIGATION, DENIAL_RATE, GRANT_SHARE);
    /** What a body's series shows until the user chooses. */
    public static final List<Measure> DEFAULT_SERIES = List.of(RECEIVED, GRANTED, DENIED, REVIEW, LITIGATION);

    private Measures() {
    }

    public static Optional<Measure> byId(String id) {
        return ALL.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public static boolean isRatio(Measure m) {
        return m instanceof Measure.Ratio;
    }
}
