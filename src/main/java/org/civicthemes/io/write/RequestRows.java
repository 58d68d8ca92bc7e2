package org.civicthemes.io.write;

import java.io.IOException;
import org.civicthemes.analysis.ThemeGroups;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.ThemeAssignment;

/** Walks the requests an export holds, in source order, with the group of each. */
final class RequestRows {

    /** Receives one request and its group. */
    @FunctionalInterface
    interface Visitor {
        void visit(ServiceRequest request, int group) throws IOException;
    }

    private RequestRows() {
    }

    static void forEach(ExportContent content, Visitor visitor) throws IOException {
        ThemeAssignment assignment = content.run().themes().assignment();
        int themes = content.themeCount();
        for (int doc = 0; doc < content.run().size(); doc++) {
            int group = ThemeGroups.of(assignment.themeOf(doc), themes);
            if (content.shows(group)) {
                visitor.visit(content.dataset().requests().get(content.run().requestIndexes().get(doc)), group);
            }
        }
    }
}
