package org.ogireview.gui.common;

import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.gui.testing.RecordingDialogs;
import org.ogireview.logging.AppLog;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** An exception nobody caught, on the FX thread or a worker: logged with its stack trace, told once, in the bundle's words. */
class UncaughtErrorsFxTest {

    @TempDir
    Path folder;

    private final Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void restore() {
        Thread.setDefaultUncaughtExceptionHandler(before);
        AppLog.uninstall();
    }

    @Test
    void anExceptionInAnFxHandlerIsLoggedAndToldInChinese() throws Exception {
        Path log = AppLog.install(folder).orElseThrow();
        RecordingDialogs dialogs = new RecordingDialogs();
        new UncaughtErrors(dialogs, Messages.forLocale(Locale.CHINA)).install();

        Platform.runLater(() -> {
            throw new IllegalStateException("表格第 3 行没有字段");
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.errors).containsExactly("出现错误: 程序遇到意外错误：表格第 3 行没有字段\n\n窗口保持打开；请确认最后一次修改显示为已保存。");
        assertThat(Files.readString(log)).contains("SEVERE").contains("uncaught on thread JavaFX Application Thread")
                .contains("java.lang.IllegalStateException: 表格第 3 行没有字段")
                .contains("at org.ogireview.gui.common.UncaughtErrorsFxTest");
    }

    @Test
    void anExceptionOnAWorkerThreadReachesTheWindowToo() throws Exception {
        Path log = AppLog.install(folder).orElseThrow();
        RecordingDialogs dialogs = new RecordingDialogs();
        new UncaughtErrors(dialogs, Messages.forLocale(Locale.ENGLISH)).install();

        Thread worker = new Thread(() -> {
            throw new NullPointerException();
        }, "export-worker");
        worker.start();
        worker.join(TimeUnit.SECONDS.toMillis(10));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).startsWith("Something went wrong: The desk ran into an unexpected error: "
                + "NullPointerException");
        assertThat(Files.readString(log)).contains("uncaught on thread export-worker")
                .contains("java.lang.NullPointerException");
    }

    @Test
    void errorDialogsNameTheLogFile() throws Exception {
        Path log = AppLog.install(folder).orElseThrow();
        assertThat(FxDialogService.withLogPointer(Messages.forLocale(Locale.ENGLISH), "cannot save a.csv"))
                .isEqualTo("cannot save a.csv\n\nDetails are in the log file: " + log);
        assertThat(FxDialogService.withLogPointer(Messages.forLocale(Locale.CHINA), "无法保存"))
                .endsWith("详细信息见日志文件：" + log);
        AppLog.uninstall();
        assertThat(FxDialogService.withLogPointer(Messages.forLocale(Locale.ENGLISH), "cannot save a.csv"))
                .isEqualTo("cannot save a.csv");
    }
}
