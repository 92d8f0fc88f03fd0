package org.ogireview.gui;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeskArgumentsTest {

    @Test
    void readsTheWindowsOptions() {
        DeskArguments a = DeskArguments.parse(List.of("--db", "/tmp/x.mv.db", "--lang", "en", "--screenshot",
                "docs/s.png", "--report", "hongze-2024.txt", "--field", "applications.received", "--size", "1600x1000"));
        assertThat(a.size()).containsExactly(1600, 1000);
        assertThat(a.database()).isEqualTo("/tmp/x.mv.db");
        assertThat(DeskArguments.parse(List.of("--db", "postgresql://li@db:5432/ogi")).database())
                .isEqualTo("postgresql://li@db:5432/ogi");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.screenshot()).isEqualTo(Path.of("docs/s.png"));
        assertThat(a.report()).isEqualTo("hongze-2024.txt");
        assertThat(a.field()).isEqualTo("applications.received");
        assertThat(DeskArguments.parse(List.of()).databaseOption()).isEmpty();
    }

    @Test
    void wrongOptionsAreNamed() {
        assertThatThrownBy(() -> DeskArguments.parse(List.of("--db"))).hasMessageContaining("--db needs a value");
        assertThatThrownBy(() -> DeskArguments.parse(List.of("--dbx", "a"))).hasMessageContaining("--dbx");
        assertThatThrownBy(() -> DeskArguments.parse(List.of("--size", "big"))).hasMessageContaining("WIDTHxHEIGHT");
    }
}
