package org.civicthemes.io.write;

import java.util.Comparator;
import java.util.List;
import org.civicthemes.analysis.FaqCandidate;

/** The "FAQ to write" list: the questions shown that no entry of the city's FAQ answers, most asked first. */
final class FaqToWrite {

    private FaqToWrite() {
    }

    /** Empty when no city FAQ was given. */
    static List<FaqCandidate> of(ExportContent content) {
        if (!content.cityFaq().isLoaded()) {
            return List.of();
        }
        return content.faq().stream().filter(c -> content.shows(c.group()) && !c.covered())
                .sorted(Comparator.comparingInt((FaqCandidate c) -> -c.count()).thenComparing(FaqCandidate::question)
                        .thenComparingInt(FaqCandidate::group))
                .toList();
    }

    /** The questions the export shows, covered or not. */
    static long shown(ExportContent content) {
        return content.faq().stream().filter(c -> content.shows(c.group())).count();
    }
}
