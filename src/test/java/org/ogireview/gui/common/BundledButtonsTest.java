package org.ogireview.gui.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JavaFX's predefined buttons (ButtonType.CLOSE, OK, CANCEL …) are worded in the JVM's locale, not in the desk's
 * language: a Chinese desk on an English system showed "Close". Every button comes from the bundles instead.
 */
class BundledButtonsTest {

    @Test
    void noDialogUsesJavaFxsOwnButtonWords() throws IOException {
        Pattern predefined = Pattern.compile("ButtonType\\.(CLOSE|OK|CANCEL|YES|NO|APPLY|FINISH|NEXT|PREVIOUS)\\b");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/ogireview"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (predefined.matcher(Files.readString(f)).find()) {
                    found.add(f.getFileName().toString());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theCloseButtonSpeaksTheDesksLanguage() {
        assertThat(Buttons.close(Messages.forLocale(Locale.CHINA)).getText()).isEqualTo("关闭");
        assertThat(Buttons.close(Messages.forLocale(Locale.ENGLISH)).getText()).isEqualTo("Close");
    }
}
