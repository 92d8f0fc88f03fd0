package org.ogireview.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The files a collection import takes from a folder tree. */
class FolderScannerTest {

    @TempDir
    Path root;

    private Path file(String relative) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "报告");
    }

    @Test
    void listsReportFilesInSubFoldersSkippingHiddenOnes() throws IOException {
        Path a = file("2019/福建/厦门市.pdf");
        Path b = file("2019/福建/福州市.HTML");
        Path c = file("2020/泸州市.txt");
        Path d = file("2020/深/更深/成都市.htm");
        file("2020/说明.docx");
        file("2020/.~lock.泸州市.txt#");
        file("2020/~$成都市.txt");
        file(".git/config.txt");
        file("2021/.hidden/秘密.txt");
        file("2021/.草稿.txt");
        assertThat(ReportIngester.listImportable(root)).containsExactly(a, b, c, d);
    }

    @Test
    void anEmptyFolderGivesNothingAndAFileIsNoFolder() throws IOException {
        assertThat(ReportIngester.listImportable(root)).isEmpty();
        Path f = file("one.txt");
        assertThatThrownBy(() -> ReportIngester.listImportable(f)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a folder");
    }
}
