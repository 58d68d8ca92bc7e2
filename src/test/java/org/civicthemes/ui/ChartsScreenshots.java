package org.civicthemes.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.testdata.SampleByType;
import org.civicthemes.text.TextOptions;
import org.civicthemes.workflow.ThemeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes a PNG of each page of the Charts tab, on the bundled sample with its real themes (default options), at
 * the size the tab gets in a 1366 x 768 workbench. Runs only when asked, with a real window under Xvfb:
 * <pre>
 * xvfb-run -a -s "-screen 0 1600x1000x24" mvn -o test -Dtest=ChartsScreenshots \
 *     -Dheadless.argLine=-Dtestfx.robot=glass -Dcivicthemes.screenshots=docs/screenshots
 * </pre>
 */
@EnabledIfSystemProperty(named = "civicthemes.screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class ChartsScreenshots {

    static final int WIDTH = 1366;
    static final int HEIGHT = 640;

    private ChartsView view;
    private ChartsViewModel model;

    private static ViewState state;

    @BeforeAll
    static void findTheSampleThemes() throws Exception {
        SampleByType sample = SampleByType.load();
        ThemeRun run = new ThemeService().findThemes(sample.dataset(), DateRange.ALL, ThemeOptions.DEFAULTS,
                TextOptions.DEFAULTS, ProgressListener.NONE, CancellationToken.NEVER);
        state = new ViewState(sample.dataset(), run, RequestFilter.NONE);
    }

    @Start
    void start(Stage stage) {
        model = new ChartsViewModel();
        model.stateProperty().set(state);
        view = new ChartsView(model, selection -> { });
        Scene scene = new Scene(view, WIDTH, HEIGHT);
        scene.getStylesheets().add(WorkbenchApp.class.getResource("workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void writeEachPage(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("civicthemes.screenshots"));
        Files.createDirectories(dir);
        String[] names = {"workbench-charts.png", "workbench-charts-seasonality.png", "workbench-charts-emerging.png",
                "workbench-charts-categories.png"};
        TabPane pages = robot.lookup("#chartPages").queryAs(TabPane.class);
        for (int i = 0; i < names.length; i++) {
            int page = i;
            robot.interact(() -> pages.getSelectionModel().select(page));
            WaitForAsyncUtils.waitForFxEvents();
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> view.getScene().snapshot(null)).get(30, TimeUnit.SECONDS);
            ImageIO.write(toBufferedImage(image), "png", dir.resolve(names[i]).toFile());
        }
        robot.interact(() -> {
            pages.getSelectionModel().select(1);
            model.heatScaleProperty().set(ChartsViewModel.HeatScale.SHARE);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage ratio = WaitForAsyncUtils.asyncFx(() -> view.getScene().snapshot(null)).get(30, TimeUnit.SECONDS);
        ImageIO.write(toBufferedImage(ratio), "png", dir.resolve("workbench-charts-seasonality-share.png").toFile());
    }

    /** A JavaFX image as an AWT one, to write as PNG (also for {@link WorkbenchScreenshots}). */
    static BufferedImage toBufferedImage(javafx.scene.image.Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return out;
    }
}
