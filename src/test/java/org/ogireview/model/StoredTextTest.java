package org.ogireview.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A note goes into the database as key and arguments and comes back worded in either language. */
class StoredTextTest {

    @Test
    void aNestedNoteWithAwkwardCharactersComesBackWordedInBothLanguages() {
        UserText note = new UserText("ingest.pageUnreadable", 3,
                UserText.foreign("Missing root \"object\" \\ at 12\nnext line"));
        String stored = StoredText.encode(note);
        assertThat(stored).doesNotContain("cannot be read"); // the key is stored, not the English
        UserText back = StoredText.decode(stored);
        assertThat(back.key()).isEqualTo("ingest.pageUnreadable");
        assertThat(back.en()).isEqualTo(note.en())
                .isEqualTo("page 3: its text cannot be read (Missing root \"object\" \\ at 12\nnext line)");
        assertThat(back.in(Locale.CHINESE)).startsWith("第 3 页：无法读取其中的文字（“Missing root")
                .endsWith("（程序库原文，未翻译））");
    }

    @Test
    void severalNotesKeepTheirOrder() {
        List<UserText> notes = List.of(new UserText("ingest.pdfCutShortWarning"),
                new UserText("ingest.pageScanned", "2"));
        List<UserText> back = StoredText.decodeAll(StoredText.encodeAll(notes));
        assertThat(back).extracting(t -> t.in(Locale.CHINESE))
                .containsExactly(notes.get(0).in(Locale.CHINESE), notes.get(1).in(Locale.CHINESE));
        assertThat(StoredText.encodeAll(List.of())).isNull();
        assertThat(StoredText.decodeAll(null)).isEmpty();
    }

    @Test
    void textOfAnOlderVersionIsShownAsItWasWritten() {
        for (String old : List.of("the PDF is odd [1]: code by hand", "[\"unclosed", "[1, 2]", "")) {
            UserText t = StoredText.decode(old);
            assertThat(t.key()).isEqualTo("text.plain");
            assertThat(t.in(Locale.CHINESE)).isEqualTo(old);
        }
        assertThat(StoredText.decode(null)).isNull();
    }
}
