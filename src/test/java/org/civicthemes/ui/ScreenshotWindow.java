package org.civicthemes.ui;

import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the screenshot tests share: the workbench opened in a window of a given size, and a PNG of that window. */
final class ScreenshotWindow {

    private ScreenshotWindow() {
    }

    /** Starts the workbench (on the bundled sample) in {@code stage}, placed at the screen's corner. */
    static WorkbenchApp open(Stage stage, double width, double height) {
        WorkbenchApp app = new WorkbenchApp();
        app.start(stage);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(width);
        stage.setHeight(height);
        return app;
    }

    /** Writes what the screen shows of {@code stage} to {@code file}, once the window system has drawn it. */
    static void shoot(FxRobot robot, Stage stage, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(800); // the screen, not the scene: let the window system draw what the FX thread laid out
        Rectangle2D bounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        ImageIO.write(ChartsScreenshots.toBufferedImage(robot.capture(bounds).getImage()), "png", file.toFile());
    }
}
