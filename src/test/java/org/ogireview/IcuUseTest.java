package org.ogireview;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The runnable jar leaves out ICU's locale data for collation, break iteration, time zones, currencies, units,
 * language and region names and number spelling (pom.xml, shade filter on icu4j): 9 MB the app never reads. This
 * keeps it so: the app may use ICU's charset detection, transliteration and normalisation (NFKC) only. Code that needs more of ICU
 * (a Collator for pinyin order, say) fails here first: then allow the class here and drop its data's exclude in
 * pom.xml, or the packaged app fails at run time where the tests cannot see it.
 */
class IcuUseTest {

    /** Classes whose data the jar keeps: none (charset detection), translit/ and the root's *.nrm files. */
    private static final java.util.Set<String> KEPT = java.util.Set.of("com.ibm.icu.text.CharsetDetector",
            "com.ibm.icu.text.CharsetMatch", "com.ibm.icu.text.Transliterator", "com.ibm.icu.text.Normalizer2");

    @Test
    void theAppUsesOnlyTheIcuClassesWhoseDataTheJarKeeps() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ogireview");
        noClasses().should().dependOnClassesThat(
                        com.tngtech.archunit.base.DescribedPredicate.describe("ICU classes other than "
                                + "CharsetDetector, CharsetMatch, Transliterator and Normalizer2", c ->
                                c.getPackageName().startsWith("com.ibm.icu") && !KEPT.contains(c.getName())))
                .check(classes);
    }
}
