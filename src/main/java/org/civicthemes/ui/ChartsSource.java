package org.civicthemes.ui;

/**
 * What the charts can be computed from: the requests of an analysis ({@link ViewState}) or the count cube of a Spark
 * run's results ({@link ResultsState}). {@link #charts} is the heavy step and runs on a worker thread.
 */
public interface ChartsSource {

    /** Every chart's data over what passes the source's filter. */
    ChartsData charts();
}
