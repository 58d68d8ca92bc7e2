package org.civicthemes.ui;

import java.util.Objects;
import org.civicthemes.model.SparkResults;

/**
 * What the results views show at one moment: a Spark run's results and the filter in force. Immutable; a new state
 * is published after each filter change.
 */
public record ResultsState(SparkResults results, RequestFilter filter) implements ChartsSource {

    public ResultsState {
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(filter, "filter");
    }

    @Override
    public ChartsData charts() {
        return ChartsData.of(results, filter);
    }

    public ResultsState withFilter(RequestFilter value) {
        return new ResultsState(results, value);
    }
}
