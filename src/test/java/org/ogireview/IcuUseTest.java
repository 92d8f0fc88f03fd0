package org.ogireview;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The runnable jar leaves out ICU's locale data for collation, break iteration, time zones, currencies, units,
 * language and region names and number spelling (pom.xml, shade filter on icu4j): 9 MB the app never reads. This
 * keeps it so: the app may use ICU's charset detection and transliteration only. Code that needs more of ICU
 * (a Collator for pinyin order, say) fails here first: then allow the class here and drop its data's exclude in
 * pom.xml, or the packaged app fails at run time where the tests cannot see it.
 */
class IcuUseTest {

    @Test
    void theAppUsesOnlyTheIcuClassesWhoseDataTheJarKeeps() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ogireview");
        noClasses().should().dependOnClassesThat(
                        com.tngtech.archunit.base.DescribedPredicate.describe("ICU classes other than "
                                + "CharsetDetector, CharsetMatch and Transliterator", c ->
                                c.getPackageName().startsWith("com.ibm.icu")
                                        && !c.getName().equals("com.ibm.icu.text.CharsetDetector")
                                        && !c.getName().equals("com.ibm.icu.text.CharsetMatch")
                                        && !c.getName().equals("com.ibm.icu.text.Transliterator")))
                .check(classes);
    }
}
