package org.ogireview.model;

import java.util.Locale;

/** What kind of body issued a report: decides how its canonical name is written. */
public enum BodyKind {
    /** 人民政府 of a province, city or county. */
    GOVERNMENT("人民政府", "people's government"),
    /** 人民政府办公室 / 办公厅: the government's general office. */
    OFFICE("办公室", "general office"),
    /** A department: 局, 委员会, 厅, 中心 … */
    DEPARTMENT("部门", "department"),
    /** A development zone, park or new area's administrative committee (管委会). */
    ZONE_COMMITTEE("管委会", "zone committee"),
    /** A township or town government (乡/镇人民政府). */
    TOWNSHIP("乡镇", "township"),
    /** A street office (街道办事处). */
    STREET("街道", "street office"),
    OTHER("其他", "other");

    private final String zh;
    private final String en;

    BodyKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public static BodyKind fromCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
