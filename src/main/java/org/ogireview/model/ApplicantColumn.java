package org.ogireview.model;

/** The applicant columns of the standard application table (table 三); TOTAL is the 总计 column (no key suffix). */
public enum ApplicantColumn {
    NATURAL_PERSON("natural_person", "自然人", "Natural persons"),
    COMMERCIAL("commercial", "商业企业", "Commercial enterprises"),
    RESEARCH("research", "科研机构", "Research institutions"),
    NGO("ngo", "社会公益组织", "Public-interest organisations"),
    LEGAL_SERVICES("legal_services", "法律服务机构", "Legal service providers"),
    OTHER_ORG("other_org", "其他", "Other organisations"),
    TOTAL("", "总计", "Total");

    private final String suffix;
    private final String labelZh;
    private final String labelEn;

    ApplicantColumn(String suffix, String labelZh, String labelEn) {
        this.suffix = suffix;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String suffix() {
        return suffix;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The figure key of a cell: {@code applications.granted@ngo}, or the bare key for the 总计 column. */
    public String key(String rowKey) {
        return this == TOTAL ? rowKey : rowKey + "@" + suffix;
    }

    public static ApplicantColumn ofSuffix(String suffix) {
        for (ApplicantColumn c : values()) {
            if (c.suffix.equals(suffix)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown applicant column: " + suffix);
    }
}
