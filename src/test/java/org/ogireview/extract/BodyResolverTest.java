package org.ogireview.extract;

import org.junit.jupiter.api.Test;
import org.ogireview.model.BodyKind;
import org.ogireview.model.DivisionLevel;
import org.ogireview.model.Divisions;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BodyResolverTest {

    private final BodyResolver resolver = new BodyResolver();

    @Test
    void theBundledDivisionsHoldEveryTierWithTheirCodes() {
        Divisions d = Divisions.standard();
        assertThat(d.size()).isGreaterThan(40_000);
        assertThat(d.byCode("320813").orElseThrow().name()).isEqualTo("洪泽区");
        assertThat(d.byCode("320813").orElseThrow().parentCode()).isEqualTo("320800");
        assertThat(d.byCode("320813001").orElseThrow().level()).isEqualTo(DivisionLevel.TOWNSHIP);
        // a district of a municipality has the province-level city as its parent (no 市辖区 pseudo-city)
        assertThat(d.byCode("110101").orElseThrow().parentCode()).isEqualTo("110000");
    }

    @Test
    void aCityWithoutCountiesIsACityAndNoDivisionLiesWithinItself() {
        Divisions d = Divisions.standard();
        // 东莞市, 中山市 and 儋州市 have no counties; the code list once made each its own parent, and resolving any
        // name that met one of their townships (淮安市南城区: 南城 is also 东莞市's 南城街道) never ended
        for (String code : new String[] {"441900", "442000", "460400"}) {
            var city = d.byCode(code).orElseThrow();
            assertThat(city.level()).as(code).isEqualTo(DivisionLevel.CITY);
            assertThat(d.path(city)).as(code).extracting(x -> x.level())
                    .containsExactly(DivisionLevel.PROVINCE, DivisionLevel.CITY);
        }
        assertThat(d.path(d.byCode("441900004").orElseThrow())).extracting(x -> x.name())
                .containsExactly("广东省", "东莞市", "南城街道");

        BodyResolver.Resolution r = resolver.resolve("淮安市南城区", "淮安市南城区人民政府");
        assertThat(r.outcome()).isEqualTo(BodyResolver.Outcome.RESOLVED);
        assertThat(r.division().code()).isEqualTo("320800");
        BodyResolver.Resolution street = resolver.resolve("东莞市南城街道办事处");
        assertThat(street.division().code()).isEqualTo("441900004");
        assertThat(street.kind()).isEqualTo(BodyKind.STREET);
    }

    @Test
    void aCodeListWhoseParentsLoopIsRefusedWithTheDivisionNamed() {
        String tsv = "440000\t广东省\t\tprovince\n441900\t东莞市\t441900\tcounty\n";
        assertThatThrownBy(() -> Divisions.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("441900 东莞市");
        String loop = "100000\t甲市\t200000\tcity\n200000\t乙市\t100000\tcity\n";
        assertThatThrownBy(() -> Divisions.read(new ByteArrayInputStream(loop.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("lies within itself");
    }

    @Test
    void hongzeUnderEveryNameItGivesItselfIsOneBody() {
        BodyResolver.Resolution plain = resolver.resolve("洪泽区");
        assertThat(plain.division().code()).isEqualTo("320813");
        assertThat(plain.kind()).isEqualTo(BodyKind.GOVERNMENT);
        assertThat(plain.canonicalName()).isEqualTo("洪泽区人民政府");
        for (String alias : new String[]{"淮安市洪泽区", "洪泽区人民政府", "淮安市洪泽区人民政府", "#洪泽区",
                "江苏省淮安市洪泽区", "** 洪泽区 **", "淮安洪泽区"}) {
            BodyResolver.Resolution r = resolver.resolve(alias);
            assertThat(r.matchKey()).as(alias).isEqualTo(plain.matchKey());
            assertThat(r.division().code()).as(alias).isEqualTo("320813");
        }
    }

    @Test
    void traditionalAndSimplifiedNamesResolveToOneDivision() {
        BodyResolver.Resolution simplified = resolver.resolve("泸州市");
        BodyResolver.Resolution traditional = resolver.resolve("瀘州市");
        assertThat(simplified.division().code()).isEqualTo("510500");
        assertThat(traditional.division()).isEqualTo(simplified.division());
        assertThat(traditional.matchKey()).isEqualTo(simplified.matchKey());
    }

    @Test
    void anAmbiguousNameIsSettledByTheContextOrLeftOpen() {
        BodyResolver.Resolution alone = resolver.resolve("鼓楼区");
        assertThat(alone.outcome()).isEqualTo(BodyResolver.Outcome.AMBIGUOUS);
        assertThat(alone.division()).isNull();
        assertThat(alone.candidates()).extracting(c -> c.code()).contains("320106", "350102", "320302", "410204");

        BodyResolver.Resolution nanjing = resolver.resolve("鼓楼区", "根据南京市政府信息公开工作要求……");
        assertThat(nanjing.outcome()).isEqualTo(BodyResolver.Outcome.FROM_CONTEXT);
        assertThat(nanjing.division().code()).isEqualTo("320106");
        assertThat(resolver.resolve("福州市鼓楼区").division().code()).isEqualTo("350102");
        // two cities named equally often: still left for the user
        assertThat(resolver.resolve("鼓楼区", "南京市与福州市").outcome()).isEqualTo(BodyResolver.Outcome.AMBIGUOUS);
    }

    @Test
    void kindsOfBodies() {
        BodyResolver.Resolution finance = resolver.resolve("泸州市财政局");
        assertThat(finance.kind()).isEqualTo(BodyKind.DEPARTMENT);
        assertThat(finance.division().code()).isEqualTo("510500");
        assertThat(finance.canonicalName()).isEqualTo("泸州市财政局");

        BodyResolver.Resolution office = resolver.resolve("淮安市人民政府办公室");
        assertThat(office.kind()).isEqualTo(BodyKind.OFFICE);
        assertThat(office.matchKey()).isNotEqualTo(resolver.resolve("淮安市").matchKey());
        assertThat(resolver.resolve("淮安市政府办").matchKey()).isEqualTo(office.matchKey());

        BodyResolver.Resolution zone = resolver.resolve("乐山高新区管委会");
        assertThat(zone.kind()).isEqualTo(BodyKind.ZONE_COMMITTEE);
        assertThat(zone.division().code()).isEqualTo("511100");
        assertThat(resolver.resolve("乐山高新区").matchKey()).isEqualTo(zone.matchKey());

        BodyResolver.Resolution town = resolver.resolve("昌图县七家子镇");
        assertThat(town.kind()).isEqualTo(BodyKind.TOWNSHIP);
        assertThat(town.division().code()).hasSize(9).startsWith("2112");
        assertThat(town.canonicalName()).isEqualTo("七家子镇人民政府");

        BodyResolver.Resolution street = resolver.resolve("广州市荔湾区南源街道");
        assertThat(street.kind()).isEqualTo(BodyKind.STREET);
        assertThat(street.division().code()).startsWith("440103");
        assertThat(street.canonicalName()).isEqualTo("南源街道办事处");
    }

    @Test
    void aNameWithNoDivisionKeepsItsOwnKey() {
        BodyResolver.Resolution r = resolver.resolve("高科技电子产业园");
        assertThat(r.outcome()).isEqualTo(BodyResolver.Outcome.NO_DIVISION);
        assertThat(r.division()).isNull();
        assertThat(r.kind()).isEqualTo(BodyKind.ZONE_COMMITTEE);
    }

    @Test
    void aNameSettledByContextTakesTheChosenDivisionsName() {
        // 五华 is 五华区 (昆明) and 五华县 (梅州): the text names 昆明市
        BodyResolver.Resolution park = resolver.resolve("五华科技产业园管理委员会", "昆明市五华区人民政府");
        assertThat(park.outcome()).isEqualTo(BodyResolver.Outcome.FROM_CONTEXT);
        assertThat(park.division().code()).isEqualTo("530102");
        assertThat(park.canonicalName()).startsWith("五华区");
    }

    @Test
    void townshipsAndStreetsWithoutADivisionKeepTheirKind() {
        assertThat(resolver.resolve("南薰乡").kind()).isEqualTo(BodyKind.TOWNSHIP);
        assertThat(resolver.resolve("沌口街").kind()).isEqualTo(BodyKind.STREET);
        BodyResolver.Resolution ambiguous = resolver.resolve("太平镇");
        assertThat(ambiguous.outcome()).isEqualTo(BodyResolver.Outcome.AMBIGUOUS);
        assertThat(ambiguous.kind()).isEqualTo(BodyKind.TOWNSHIP);
        assertThat(ambiguous.candidates()).hasSizeGreaterThan(10);
    }
}
