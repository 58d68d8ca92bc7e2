package org.civicthemes.ui;

import javafx.scene.paint.Color;
import org.civicthemes.analysis.SeasonalityColours;

/**
 * The colours of heatmap cells, as the report draws them ({@link SeasonalityColours}, the one scale): orange is more
 * (a larger share, or more than the usual rhythm), blue fewer.
 */
final class HeatColours {

    private HeatColours() {
    }

    /** From the pale colour at 0 to full orange at 1. */
    static Color sequential(double t) {
        return Color.web(SeasonalityColours.ofShare(t));
    }

    /** Pale at a ratio of 1, orange above (full at 4×), blue below (full at ¼). */
    static Color diverging(double ratio) {
        return Color.web(SeasonalityColours.ofRatio(ratio));
    }

    /** Whether text on this colour should be white. */
    static boolean dark(Color colour) {
        return colour.getBrightness() * (1 - colour.getSaturation() / 2) < 0.62;
    }

    static String css(Color c) {
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}
