package org.ogireview.importing;

import org.ogireview.store.H2ReportStore;

import org.ogireview.importing.ImportSummary;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.testing.TestFiles;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An unreadable sub-folder is reported by name and the rest of the folder is imported. Root reads every folder, so
 * (unlike {@code DecodingFaultsTest}, which uses real permissions and skips as root) the walk here is the real
 * {@link Files#walkFileTree} with one folder failing the way the JDK reports a folder it may not open: the visitor
 * gets {@code visitFileFailed(folder, AccessDeniedException)} instead of entering it. Runs as any user.
 */
class UnreadableFolderTest {

    @TempDir
    Path dir;

    /** Files.walkFileTree, except that {@code denied} cannot be opened. */
    private static CollectionImporter.TreeWalk denying(Path denied) {
        return (start, visitor) -> Files.walkFileTree(start, new FileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                if (d.equals(denied)) {
                    visitor.visitFileFailed(d, new AccessDeniedException(d.toString()));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return visitor.preVisitDirectory(d, attrs);
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                return visitor.visitFile(f, attrs);
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
                return visitor.visitFileFailed(f, e);
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                return visitor.postVisitDirectory(d, e);
            }
        });
    }

    @Test
    void anUnreadableSubfolderIsNamedAndTheRestIsImported() throws Exception {
        Path root = Files.createDirectories(dir.resolve("reports")).toAbsolutePath().normalize();
        Files.copy(TestFiles.seeds().get(0), root.resolve("a.txt"));
        Path locked = Files.createDirectories(root.resolve("locked"));
        Files.copy(TestFiles.seeds().get(1), locked.resolve("b.txt"));
        Path later = Files.createDirectories(root.resolve("zz-later"));
        Files.copy(TestFiles.seeds().get(2), later.resolve("c.txt"));

        try (H2ReportStore store = H2ReportStore.open(dir.resolve("db"))) {
            ImportSummary summary = new CollectionImporter(store).treeWalk(denying(locked)).run(List.of(root));

            // the rest is imported: the file before the folder and the one in the folder after it
            assertThat(summary.imported()).isEqualTo(2);
            assertThat(store.count()).isEqualTo(2);
            // the folder is reported by name, with what is wrong, and the summary counts it
            assertThat(summary.failures()).singleElement().satisfies(f -> {
                assertThat(f.file()).isEqualTo(locked);
                assertThat(f.message()).contains("permission denied").contains("not imported");
            });
            assertThat(summary.describe()).startsWith("2 imported, 0 already present, 1 failed");
        }
    }

    @Test
    void withoutTheFaultTheSameFolderImportsWhole() throws Exception {
        Path root = Files.createDirectories(dir.resolve("reports")).toAbsolutePath().normalize();
        Files.copy(TestFiles.seeds().get(0), root.resolve("a.txt"));
        Path locked = Files.createDirectories(root.resolve("locked"));
        Files.copy(TestFiles.seeds().get(1), locked.resolve("b.txt"));
        try (H2ReportStore store = H2ReportStore.open(dir.resolve("db"))) {
            ImportSummary summary = new CollectionImporter(store).run(List.of(root));
            assertThat(summary.imported()).isEqualTo(2);
            assertThat(summary.failed()).isZero();
        }
    }
}
