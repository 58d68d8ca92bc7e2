package org.civicthemes.model;

/**
 * How many themes to find: a fixed number, or chosen automatically.
 *
 * @param fixed the number of themes, or 0 for automatic
 */
public record ThemeCount(int fixed) {

    public static final int MIN = 2;
    public static final int MAX = 200;
    public static final ThemeCount AUTO = new ThemeCount(0);

    public ThemeCount {
        if (fixed != 0 && (fixed < MIN || fixed > MAX)) {
            throw new IllegalArgumentException("The number of themes must be from " + MIN + " to " + MAX
                    + ", or auto: " + fixed);
        }
    }

    /** Reads "auto" or a whole number from {@link #MIN} to {@link #MAX}; 0 is refused, not taken as auto. */
    public static ThemeCount parse(String text) {
        String t = text.strip();
        if (t.equalsIgnoreCase("auto")) {
            return AUTO;
        }
        int n;
        try {
            n = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The number of themes must be a whole number from " + MIN + " to "
                    + MAX + ", or auto: '" + text + "'");
        }
        if (n == 0) {
            throw new IllegalArgumentException("The number of themes must be from " + MIN + " to " + MAX
                    + ", or auto: 0");
        }
        return new ThemeCount(n);
    }

    public boolean isAuto() {
        return fixed == 0;
    }

    @Override
    public String toString() {
        return isAuto() ? "auto" : Integer.toString(fixed);
    }
}
