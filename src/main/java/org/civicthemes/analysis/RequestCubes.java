package org.civicthemes.analysis;

import org.civicthemes.model.Dataset;
import org.civicthemes.model.RequestCube;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeRun;

/** The count cube of a run's requests: what the Spark job writes as its cube, made from the rows at hand. */
public final class RequestCubes {

    private RequestCubes() {
    }

    /** One cell per grouped request of the run (cells are not merged: their counts add up wherever they are read). */
    public static RequestCube of(Dataset dataset, ThemeRun run) {
        RequestDays days = RequestDays.of(dataset);
        RequestCube.Builder cube = new RequestCube.Builder(run.themes().themes().size());
        ThemeAssignment assignment = run.themes().assignment();
        for (int doc = 0; doc < run.size(); doc++) {
            int theme = assignment.themeOf(doc);
            if (theme == ThemeAssignment.NOT_GROUPED) {
                continue;
            }
            int request = run.requestIndexes().get(doc);
            int day = days.epochDay(request);
            var row = dataset.requests().get(request);
            cube.add(theme, day == RequestDays.UNDATED ? RequestCube.UNDATED : day, row.category(), row.district(), 1);
        }
        return cube.build();
    }
}
