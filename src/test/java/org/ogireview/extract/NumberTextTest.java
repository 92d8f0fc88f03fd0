package org.ogireview.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class NumberTextTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "61540, 61540",
            "'61,540', 61540",
            "'1 136', 1136",
            "'12 345 678', 12345678",
            "7.4, 7.4",
            "0.73, 0.73",
            "0, 0",
            "二十七, 27",
            "十一, 11",
            "十, 10",
            "两千三百, 2300",
            "一〇二, 102",
            "二○一二, 2012",
            "一千二百三十六, 1236",
            "一百零三, 103",
            "三千零五, 3005",
            "一万二千, 12000",
            "二十万, 200000",
            "一亿二千万, 120000000",
            "两, 2",
            "零, 0",
    })
    void readsNumbersAsReportsWriteThem(String written, String value) {
        assertThat(NumberText.parse(written)).isEqualByComparingTo(value);
    }

    @Test
    void fullWidthDigitsReadAfterNormalising() {
        assertThat(NumberText.parse(NormalizedText.foldAll("１２３４"))).isEqualByComparingTo("1234");
        assertThat(NumberText.parse(NormalizedText.foldAll("７．５"))).isEqualByComparingTo("7.5");
    }

    @Test
    void multipliersScaleArabicAndDecimalNumbers() {
        assertThat(NumberText.parse("1.85", "万")).isEqualByComparingTo("18500");
        assertThat(NumberText.parse("3", "万")).isEqualByComparingTo("30000");
        assertThat(NumberText.parse("5", "千")).isEqualByComparingTo("5000");
        assertThat(NumberText.parse("1.2", "亿")).isEqualByComparingTo("120000000");
        assertThat(NumberText.parse("3万")).isEqualByComparingTo("30000");
        assertThat(NumberText.parse("20.37万")).isEqualByComparingTo("203700");
    }

    @Test
    void notANumberIsNull() {
        assertThat(NumberText.parse("")).isNull();
        assertThat(NumberText.parse("条")).isNull();
        assertThat(NumberText.parse("12条")).isNull();
    }

    @Test
    void formatsPlainAsciiWithoutTrailingZeros() {
        assertThat(NumberText.format(new BigDecimal("18500.00"))).isEqualTo("18500");
        assertThat(NumberText.format(new BigDecimal("1.850E+4"))).isEqualTo("18500");
        assertThat(NumberText.format(new BigDecimal("7.40"))).isEqualTo("7.4");
        assertThat(NumberText.format(new BigDecimal("-3"))).isEqualTo("-3");
    }
}
