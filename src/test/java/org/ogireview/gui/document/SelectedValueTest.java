package org.ogireview.gui.document;

import org.junit.jupiter.api.Test;
import org.ogireview.model.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;

/** Ctrl+Shift+A reads a selection with the extractor's number grammar, and text fields take the words. */
class SelectedValueTest {

    private static String number(String text) {
        return SelectedValue.number(text, 0, text.length()).map(SelectedValue::value).orElse(null);
    }

    @Test
    void readsNumbersAsTheExtractorDoes() {
        // the three the old reader got wrong
        assertThat(number("1 136件")).isEqualTo("1136");
        assertThat(number("二十七件")).isEqualTo("27");
        assertThat(number("1.2千")).isEqualTo("1200");
        // and the rest of the genre
        assertThat(number("２７件")).isEqualTo("27");
        assertThat(number("61,540条")).isEqualTo("61540");
        assertThat(number("一〇二件")).isEqualTo("102");
        assertThat(number("1.85万")).isEqualTo("18500");
        assertThat(number("减少－3件")).isEqualTo("-3");
        // digits are meant before a list marker's numeral
        assertThat(number("一、本年新收政府信息公开申请数量 21")).isEqualTo("21");
        assertThat(number("政府信息公开")).isNull();
        assertThat(SelectedValue.number("abc", 1, 1)).isEmpty();
        assertThat(SelectedValue.number("abc", -1, 2)).isEmpty();
    }

    @Test
    void hedgingSetsTheQualifier() {
        String text = "全年公开信息3万余条，收费约25.5万元，不足10件，200件以上";
        assertThat(SelectedValue.number(text, text.indexOf("3万"), text.indexOf("条，收"))).get()
                .satisfies(n -> {
                    assertThat(n.value()).isEqualTo("30000");
                    assertThat(n.qualifier()).isEqualTo(Qualifier.MORE_THAN);
                });
        assertThat(SelectedValue.number(text, text.indexOf("约"), text.indexOf("元"))).get()
                .satisfies(n -> {
                    assertThat(n.value()).isEqualTo("255000");
                    assertThat(n.qualifier()).isEqualTo(Qualifier.ABOUT);
                });
        assertThat(SelectedValue.number(text, text.indexOf("不足"), text.indexOf("件，2"))).get()
                .satisfies(n -> assertThat(n.qualifier()).isEqualTo(Qualifier.LESS_THAN));
        assertThat(SelectedValue.number(text, text.indexOf("200"), text.length())).get()
                .satisfies(n -> assertThat(n.qualifier()).isEqualTo(Qualifier.MORE_THAN));
    }

    @Test
    void theSpanIsTheTrimmedSelection() {
        String text = "主动公开政府信息 2428 条，";
        int start = text.indexOf(" 2428");
        SelectedValue n = SelectedValue.number(text, start, start + 6).orElseThrow();
        assertThat(n.value()).isEqualTo("2428");
        assertThat(text.substring(n.start(), n.end())).isEqualTo("2428");
    }

    @Test
    void aTextFieldTakesTheWordsAcrossAHardLineBreak() {
        String text = "淮安市洪泽区人民\n政府 2024 年";
        SelectedValue v = SelectedValue.text(text, 0, text.indexOf(" 2024")).orElseThrow();
        assertThat(v.value()).isEqualTo("淮安市洪泽区人民政府");
        assertThat(v.start()).isZero();
        assertThat(SelectedValue.text(text, 8, 9)).isEmpty();
    }
}
