package org.ogireview.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ogireview.model.Qualifier;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers with the report's hedging: the value and the qualifier come apart. */
class QuantityTest {

    private static final Pattern IN_PROSE = Pattern.compile(
            "信息" + Quantity.REGEX + "[ ]?(?<qunit>条|次|件|人)" + Quantity.POST);

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "各类公开主体共发布信息3万余条, 30000, more_than",
            "发布信息20多次, 20, more_than",
            "发布信息约200人, 200, about",
            "发布信息近二十次, 20, about",
            "发布信息300条左右, 300, about",
            "发布信息5000条以上, 5000, more_than",
            "发布信息不足十人, 10, less_than",
            "发布信息不到50条, 50, less_than",
            "发布信息超过120条, 120, more_than",
            "发布信息1.85万条, 18500, ''",
            "发布信息5余万条, 50000, more_than",
            "发布信息1 136条, 1136, ''",
            "发布信息61540条, 61540, ''",
            "发布信息二十七件, 27, ''",
    })
    void readsValueAndQualifier(String sentence, String value, String qualifier) {
        Matcher m = IN_PROSE.matcher(sentence);
        assertThat(m.find()).isTrue();
        Quantity q = Quantity.read(m);
        assertThat(q.value()).isEqualByComparingTo(value);
        assertThat(q.qualifier()).isEqualTo(Qualifier.fromCode(qualifier));
    }

    @Test
    void aNumberLeftOutIsBlankInSource() {
        Matcher m = IN_PROSE.matcher("主动公开政府信息 条,主要包括");
        assertThat(m.find()).isTrue();
        Quantity q = Quantity.read(m);
        assertThat(q.isBlank()).isTrue();
        assertThat(q.qualifier()).isEqualTo(Qualifier.BLANK_IN_SOURCE);
        assertThat(q.text()).isEmpty();
    }

    @Test
    void aCellParsesAlone() {
        assertThat(Quantity.parse("3216").value()).isEqualByComparingTo("3216");
        assertThat(Quantity.parse("约200").qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(Quantity.parse("3万余").value()).isEqualByComparingTo("30000");
        assertThat(Quantity.parse("100以上").qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(Quantity.parse("主动公开信息数")).isNull();
        assertThat(Quantity.parse("")).isNull();
    }
}
