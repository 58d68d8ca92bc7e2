package org.civicthemes.analysis;

/** What the latest period of a theme is compared with, to call it emerging, fading or steady. */
public enum Baseline {
    /** The periods just before the latest one (the last six months, say): quick to react, blind to seasons. */
    RECENT,
    /**
     * The same period in earlier years (this September against the Septembers before it), scaled by how all
     * other requests changed between them: a theme that always rises in summer is not emerging in June.
     */
    EARLIER_YEARS,
    /** {@link #EARLIER_YEARS} when the data covers the same period at least one year before, else {@link #RECENT}. */
    AUTO
}
