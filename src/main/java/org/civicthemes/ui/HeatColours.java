package org.civicthemes.ui;

import javafx.scene.paint.Color;

/** The colours of heatmap cells: one calm blue scale for shares, blue over orange for ratios around 1. */
final class HeatColours {

    static final Color EMPTY = Color.web("#f7f9fb");
    static final Color HIGH = Color.web("#2f6fad");
    static final Color LOW = Color.web("#d9822b");
    /** Ratios at or beyond this factor (and its inverse) get the full colour. */
    static final double RATIO_LIMIT = 4;

    private HeatColours() {
    }

    /** From the empty colour at 0 to full blue at 1. */
    static Color sequential(double t) {
        return EMPTY.interpolate(HIGH, clamp(t));
    }

    /** White at a ratio of 1, blue above (full at 4×), orange below (full at ¼). */
    static Color diverging(double ratio) {
        if (ratio <= 0) {
            return EMPTY.interpolate(LOW, 1);
        }
        double t = clamp(Math.log(ratio) / Math.log(RATIO_LIMIT));
        double u = clamp(-Math.log(ratio) / Math.log(RATIO_LIMIT));
        return t > 0 ? EMPTY.interpolate(HIGH, t) : EMPTY.interpolate(LOW, u);
    }

    /** Whether text on this colour should be white. */
    static boolean dark(Color colour) {
        return colour.getBrightness() * (1 - colour.getSaturation() / 2) < 0.62;
    }

    static String css(Color c) {
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    private static double clamp(double t) {
        return Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
    }
}
