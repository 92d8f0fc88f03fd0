package org.ogireview.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CellValueTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "0;0", " 128 ;128", "007;7", "1,136;1136", "1，136;1136", "1 136;1136", "１２３;123", "7730.28;7730.28",
            "12.50;12.5", "-12;-12", "+3;3", "－5;-5", "减少2;-2", "增加5;5", "新增4;4", "无;0", "25件;25",
            "3 456 789;3456789"})
    void readsNumbersAsConvertersPrintThem(String cell, String value) {
        CellValue v = CellValue.parse(cell);
        assertThat(v.kind()).isEqualTo(CellValue.Kind.NUMBER);
        assertThat(v.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "[{0}] is blank")
    @CsvSource(delimiter = ';', value = {"''", "'   '", "—", "-", "——", "/", "／", "\u3000"})
    void dashesSlashesAndNothingAreBlanks(String cell) {
        CellValue v = CellValue.parse(cell);
        assertThat(v.isBlank()).isTrue();
        assertThat(v.value()).isEmpty();
        assertThat(v.valueIn("万元", "")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"本年新收政府信息公开申请数量", "1.属于国家秘密", "总计", "2019年", "数据1", "3 件 4"})
    void wordsAreText(String cell) {
        assertThat(CellValue.parse(cell).kind()).isEqualTo(CellValue.Kind.TEXT);
    }

    @Test
    void amountsAreConvertedToTheFieldsUnit() {
        assertThat(CellValue.parse("251000元").valueIn("万元", "")).isEqualTo("25.1");
        assertThat(CellValue.parse("2,516,300元").valueIn("万元", "")).isEqualTo("251.63");
        assertThat(CellValue.parse("25.1万元").valueIn("万元", "")).isEqualTo("25.1");
        assertThat(CellValue.parse("1.2亿元").valueIn("万元", "")).isEqualTo("12000");
        assertThat(CellValue.parse("7730.28").valueIn("万元", "万元")).isEqualTo("7730.28");
        // no unit in the cell: the header's unit holds
        assertThat(CellValue.parse("251000").valueIn("万元", "元")).isEqualTo("25.1");
        // a unit in the cell beats the header's
        assertThat(CellValue.parse("30万元").valueIn("万元", "元")).isEqualTo("30");
        // counts stay counts; 万 multiplies them
        assertThat(CellValue.parse("3.2万").valueIn("件", "")).isEqualTo("32000");
        assertThat(CellValue.parse("15").valueIn("件", "")).isEqualTo("15");
    }

    @Test
    void knowsWhereTheNumberStandsInTheCell() {
        CellValue v = CellValue.parse("  251000元 ");
        assertThat(v.from()).isEqualTo(2);
        assertThat(v.to()).isEqualTo(9);
        assertThat(v.unit()).isEqualTo("元");
        CellValue plain = CellValue.parse(" 42");
        assertThat(" 42".substring(plain.from(), plain.to())).isEqualTo("42");
    }

    @Test
    void headersNameTheirUnit() {
        assertThat(CellValue.unitOfHeader("本年收费金额（单位：万元）")).isEqualTo("万元");
        assertThat(CellValue.unitOfHeader("采购总金额（元）")).isEqualTo("元");
        assertThat(CellValue.unitOfHeader("采购总金额")).isEmpty();
        assertThat(CellValue.unitOfHeader("本年处理决定数量")).isEmpty();
    }
}
