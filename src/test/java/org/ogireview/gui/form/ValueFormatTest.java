package org.ogireview.gui.form;

import org.junit.jupiter.api.Test;
import org.ogireview.model.FieldType;

import static org.assertj.core.api.Assertions.assertThat;

class ValueFormatTest {

    @Test
    void countsAreWholeNumbersWrittenPlain() {
        assertThat(ValueFormat.parse(FieldType.COUNT, "61,540").value()).isEqualTo("61540");
        assertThat(ValueFormat.parse(FieldType.COUNT, "６１５４０").value()).isEqualTo("61540");
        assertThat(ValueFormat.parse(FieldType.COUNT, "-3").value()).isEqualTo("-3");
        assertThat(ValueFormat.parse(FieldType.COUNT, "+5").value()).isEqualTo("5");
        assertThat(ValueFormat.parse(FieldType.COUNT, " 0 ").value()).isEqualTo("0");
        assertThat(ValueFormat.parse(FieldType.COUNT, "1.5").errorKey()).isEqualTo("value.error.count");
        assertThat(ValueFormat.parse(FieldType.COUNT, "").value()).isEmpty();
    }

    @Test
    void moneyAndPercentagesAreDecimals() {
        assertThat(ValueFormat.parse(FieldType.MONEY, "7730.280").value()).isEqualTo("7730.28");
        assertThat(ValueFormat.parse(FieldType.MONEY, "25.1").value()).isEqualTo("25.1");
        assertThat(ValueFormat.parse(FieldType.MONEY, "1,200").value()).isEqualTo("1200");
        assertThat(ValueFormat.parse(FieldType.MONEY, "100").value()).isEqualTo("100");
        assertThat(ValueFormat.parse(FieldType.PERCENT, "74.07%").value()).isEqualTo("74.07");
        assertThat(ValueFormat.parse(FieldType.PERCENT, "７．４％").value()).isEqualTo("7.4");
        assertThat(ValueFormat.parse(FieldType.MONEY, "1.2.3").ok()).isFalse();
    }

    @Test
    void yearsAndDates() {
        assertThat(ValueFormat.parse(FieldType.YEAR, "2012").value()).isEqualTo("2012");
        assertThat(ValueFormat.parse(FieldType.YEAR, "12").errorKey()).isEqualTo("value.error.year");
        assertThat(ValueFormat.parse(FieldType.YEAR, "1890").ok()).isFalse();
        assertThat(ValueFormat.parse(FieldType.DATE, "2024-03-01").value()).isEqualTo("2024-03-01");
        assertThat(ValueFormat.parse(FieldType.DATE, "2024年3月1日").value()).isEqualTo("2024-03-01");
        assertThat(ValueFormat.parse(FieldType.DATE, "2024/3/1").value()).isEqualTo("2024-03-01");
        assertThat(ValueFormat.parse(FieldType.DATE, "2024-02-30").errorKey()).isEqualTo("value.error.date");
    }

    @Test
    void formatAndText() {
        assertThat(ValueFormat.parse(FieldType.ENUM, "table2021").value()).isEqualTo("table2021");
        assertThat(ValueFormat.parse(FieldType.ENUM, "tables").ok()).isFalse();
        assertThat(ValueFormat.parse(FieldType.TEXT, "  泸州市 ").value()).isEqualTo("泸州市");
    }

    @Test
    void editorsRefuseWhatTheirTypeCannotHold() {
        assertThat(ValueFormat.allowsTyping(FieldType.COUNT, "12,3")).isTrue();
        assertThat(ValueFormat.allowsTyping(FieldType.COUNT, "12a")).isFalse();
        assertThat(ValueFormat.allowsTyping(FieldType.COUNT, "1.5")).isFalse();
        assertThat(ValueFormat.allowsTyping(FieldType.MONEY, "1.5")).isTrue();
        assertThat(ValueFormat.allowsTyping(FieldType.PERCENT, "74.07%")).isTrue();
        assertThat(ValueFormat.allowsTyping(FieldType.YEAR, "20121")).isFalse();
        assertThat(ValueFormat.allowsTyping(FieldType.DATE, "2024年3月")).isTrue();
        assertThat(ValueFormat.allowsTyping(FieldType.TEXT, "任何文字")).isTrue();
    }
}
