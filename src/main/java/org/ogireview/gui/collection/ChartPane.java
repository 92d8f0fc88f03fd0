package org.ogireview.gui.collection;

import org.ogireview.model.UserText;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import org.ogireview.gui.common.DialogService;
import org.ogireview.gui.common.Messages;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A chart with the table behind it one click away (the Table toggle) and its two exports: PNG (the chart as drawn)
 * and SVG (written from the chart's data, {@code SvgChart}). A file is written beside its target and moved into
 * place, so a failed save never leaves half a file, and "saved" is said only once it is there.
 */
final class ChartPane extends BorderPane {

    private final Node chart;
    private final ToggleButton tableToggle;
    private final Label status = new Label();

    /**
     * @param idPrefix  ids of the controls: {@code <prefix>ShowTable}, {@code <prefix>Png}, {@code <prefix>Svg}
     * @param name      the file name the save dialog suggests, without extension
     */
    ChartPane(String idPrefix, Node controls, Node chart, Node table, Supplier<String> svg, Supplier<String> name,
              DialogService dialogs, Messages m, Consumer<String> said) {
        this.chart = chart;
        tableToggle = new ToggleButton(m.get("collection.chart.table"));
        tableToggle.setId(idPrefix + "ShowTable");
        Button png = new Button(m.get("collection.chart.png"));
        png.setId(idPrefix + "Png");
        Button svgButton = new Button(m.get("collection.chart.svg"));
        svgButton.setId(idPrefix + "Svg");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        status.setId(idPrefix + "Status");
        HBox buttons = new HBox(8, gap, status, tableToggle, png, svgButton);
        buttons.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.VBox bar = new javafx.scene.layout.VBox(4, controls, buttons);
        bar.setPadding(new Insets(6, 8, 6, 8));
        table.visibleProperty().bind(tableToggle.selectedProperty());
        chart.visibleProperty().bind(tableToggle.selectedProperty().not());
        setTop(bar);
        setCenter(new StackPane(chart, table));
        png.disableProperty().bind(tableToggle.selectedProperty());
        png.setOnAction(e -> save(dialogs, m, name.get() + ".png", "PNG", "*.png", this::writePng, said));
        svgButton.setOnAction(e -> save(dialogs, m, name.get() + ".svg", "SVG", "*.svg",
                target -> Files.writeString(target, svg.get(), StandardCharsets.UTF_8), said));
    }

    ToggleButton tableToggle() {
        return tableToggle;
    }

    private interface Writer {
        void write(Path target) throws IOException;
    }

    private void writePng(Path target) throws IOException {
        WritableImage image = chart.snapshot(null, null);
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", target.toFile())) {
            throw new IOException("no PNG writer");
        }
    }

    private void save(DialogService dialogs, Messages m, String suggested, String kind, String pattern,
                      Writer writer, Consumer<String> said) {
        dialogs.chooseSaveFile(m.get("collection.chart." + kind.toLowerCase(java.util.Locale.ROOT)), null,
                safe(suggested), List.of(new FileChooser.ExtensionFilter(kind, pattern))).ifPresent(target -> {
                    Path dir = target.toAbsolutePath().getParent();
                    Path temp = null;
                    try {
                        temp = Files.createTempFile(dir, ".ogi-chart-", ".part");
                        writer.write(temp);
                        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                        String text = m.format("collection.chart.saved", target.toString());
                        status.setText(text);
                        said.accept(text);
                    } catch (IOException | RuntimeException ex) {
                        try {
                            if (temp != null) {
                                Files.deleteIfExists(temp);
                            }
                        } catch (IOException ignored) {
                            // the temporary file stays; the error below is what matters
                        }
                        dialogs.showError(m.get("collection.chart.failed"), target + ": " + UserText.of(ex, m.locale()), ex);
                    }
                });
    }

    /** A file name with no path separators or characters Windows refuses. */
    static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
    }
}
