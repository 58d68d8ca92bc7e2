package org.civicthemes.model;

import java.util.List;
import java.util.Optional;

/**
 * How firm an automatic choice of the number of themes is: the run of numbers tried around the chosen one whose
 * score comes within a tenth of the chosen one's. A wide run means the requests are described about as well by a few
 * themes more or fewer, so an analyst may ask for another number without losing much.
 *
 * @param low    the smallest number of themes of the run
 * @param chosen the number chosen: the highest score, the smaller number on a tie
 * @param high   the largest number of themes of the run
 */
public record KChoiceRange(int low, int chosen, int high) {

    /** The share of the chosen number's score that a neighbour must reach to count as nearly as good. */
    public static final double NEARLY = 0.9;

    public KChoiceRange {
        if (low > chosen || chosen > high) {
            throw new IllegalArgumentException("Expected low <= chosen <= high: " + low + ", " + chosen + ", " + high);
        }
    }

    /**
     * The run around the best of {@code scores} (in order of k, as {@link ThemeSet#kScores()} holds them); empty when
     * nothing was tried (k was given) or no number scored above zero.
     */
    public static Optional<KChoiceRange> of(List<KScore> scores) {
        int best = -1;
        for (int i = 0; i < scores.size(); i++) {
            if (best < 0 || scores.get(i).score() > scores.get(best).score()) {
                best = i;
            }
        }
        if (best < 0 || scores.get(best).score() <= 0) {
            return Optional.empty();
        }
        double enough = scores.get(best).score() * NEARLY;
        int low = best;
        while (low > 0 && scores.get(low - 1).score() >= enough) {
            low--;
        }
        int high = best;
        while (high < scores.size() - 1 && scores.get(high + 1).score() >= enough) {
            high++;
        }
        return Optional.of(new KChoiceRange(scores.get(low).k(), scores.get(best).k(), scores.get(high).k()));
    }

    /** Whether other numbers of themes come close to the chosen one, so that the choice is worth mentioning. */
    public boolean hasAlternatives() {
        return low < high;
    }

    /** "13 to 19", or the one number when nothing else comes close. */
    public String describe() {
        return low == high ? Integer.toString(low) : low + " to " + high;
    }
}
