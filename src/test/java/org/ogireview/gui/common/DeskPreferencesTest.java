package org.ogireview.gui.common;

import org.junit.jupiter.api.Test;
import org.ogireview.gui.testing.MemoryPreferences;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DeskPreferencesTest {

    @Test
    void remembersWhatTheDeskNeedsBetweenRuns() {
        MemoryPreferences node = new MemoryPreferences();
        DeskPreferences prefs = new DeskPreferences(node);
        assertThat(prefs.coder()).isEmpty();
        assertThat(prefs.lastReport()).isEmpty();
        assertThat(prefs.window().x()).isNaN();
        assertThat(prefs.locale()).isEqualTo(Locale.getDefault());

        prefs.setCoder("  lw ");
        prefs.setLocale(Locale.ENGLISH);
        prefs.setLastReport(42);
        prefs.setImportFolder(Path.of("/data/reports"));
        prefs.setWindow(new DeskPreferences.WindowState(10, 20, 1200, 800, false, 0.2, 0.6));

        DeskPreferences again = new DeskPreferences(node);
        assertThat(again.coder()).contains("lw");
        assertThat(again.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(again.lastReport()).contains(42L);
        assertThat(again.importFolder()).contains(Path.of("/data/reports"));
        assertThat(again.window()).isEqualTo(new DeskPreferences.WindowState(10, 20, 1200, 800, false, 0.2, 0.6));
    }

    @Test
    void theFirstInstalledCjkFamilyIsChosen() {
        assertThat(DeskStyle.pickCjkFamily(Set.of("DejaVu Sans", "WenQuanYi Micro Hei", "Noto Sans CJK SC")))
                .contains("Noto Sans CJK SC");
        assertThat(DeskStyle.pickCjkFamily(Set.of("Microsoft YaHei", "SimSun"))).contains("Microsoft YaHei");
        assertThat(DeskStyle.pickCjkFamily(Set.of("DejaVu Sans"))).isEmpty();
        assertThat(DeskStyle.fontSheet("WenQuanYi Micro Hei")).startsWith("data:text/css;base64,");
    }
}
