package org.ogireview.gui.document;

import org.junit.jupiter.api.Test;
import org.ogireview.model.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;

class SelectedNumberTest {

    @Test
    void readsTheNumberAndTrimsTheSpan() {
        String text = "主动公开政府信息 2428 条，";
        int start = text.indexOf(" 2428");
        SelectedNumber n = SelectedNumber.in(text, start, start + 6).orElseThrow();
        assertThat(n.value()).isEqualTo("2428");
        assertThat(n.qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(text.substring(n.start(), n.end())).isEqualTo("2428");
    }

    @Test
    void unitsAndHedgingOfTheGenre() {
        String text = "全年公开信息3万余条，收费约25.5万元，不足10件，共1,234条，减少－3件";
        assertThat(SelectedNumber.in(text, text.indexOf("3万"), text.indexOf("条，收"))).get()
                .satisfies(n -> {
                    assertThat(n.value()).isEqualTo("30000");
                    assertThat(n.qualifier()).isEqualTo(Qualifier.MORE_THAN);
                });
        assertThat(SelectedNumber.in(text, text.indexOf("约"), text.indexOf("元"))).get()
                .satisfies(n -> {
                    assertThat(n.value()).isEqualTo("255000");
                    assertThat(n.qualifier()).isEqualTo(Qualifier.ABOUT);
                });
        assertThat(SelectedNumber.in(text, text.indexOf("不足"), text.indexOf("件，共"))).get()
                .satisfies(n -> assertThat(n.qualifier()).isEqualTo(Qualifier.LESS_THAN));
        assertThat(SelectedNumber.in(text, text.indexOf("1,234"), text.indexOf("1,234") + 5).orElseThrow().value())
                .isEqualTo("1234");
        assertThat(SelectedNumber.in(text, text.indexOf("－3"), text.indexOf("－3") + 2).orElseThrow().value())
                .isEqualTo("-3");
    }

    @Test
    void fullWidthDigitsAndNoNumber() {
        String text = "受理申请２７件";
        assertThat(SelectedNumber.in(text, 4, 6).orElseThrow().value()).isEqualTo("27");
        assertThat(SelectedNumber.in(text, 0, 4)).isEmpty();
        assertThat(SelectedNumber.in(text, 3, 3)).isEmpty();
        assertThat(SelectedNumber.in(text, -1, 3)).isEmpty();
    }
}
