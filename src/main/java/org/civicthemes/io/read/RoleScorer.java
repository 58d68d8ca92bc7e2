package org.civicthemes.io.read;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.civicthemes.model.ColumnRole;

/**
 * Scores how well one column fits one role: header evidence ({@link HeaderSynonyms}, -1..1) and value
 * evidence (from a {@link ColumnProfile}, 0..1) weighed per role into a confidence 0..1.
 *
 * <p>Roles that values alone cannot tell apart (status, district, latitude, ...) need a header that
 * says something for them; request text and created date can be recognised from values alone.
 * A role whose value evidence is below its minimum is never given, whatever the header says.
 */
final class RoleScorer {

    /** Candidates below this confidence are left out. */
    static final double MIN_CONFIDENCE = 0.4;

    /** How a role weighs header against values, and what it needs. */
    private record Weights(double header, double value, boolean needsHeader, double minValue) {
    }

    /** A value score with its reason in words. */
    record ValueEvidence(double score, String text) {
    }

    /** Below this many filled values, repetition among them is no evidence either way. */
    private static final int SMALL_SAMPLE = 8;

    private static final Map<ColumnRole, Weights> WEIGHTS = new EnumMap<>(ColumnRole.class);

    static {
        WEIGHTS.put(ColumnRole.REQUEST_TEXT, new Weights(0.4, 0.6, false, 0.35));
        WEIGHTS.put(ColumnRole.CREATED_DATE, new Weights(0.5, 0.5, false, 0.5));
        WEIGHTS.put(ColumnRole.CLOSED_DATE, new Weights(0.6, 0.4, true, 0.5));
        WEIGHTS.put(ColumnRole.CATEGORY, new Weights(0.65, 0.35, true, 0.3));
        WEIGHTS.put(ColumnRole.STATUS, new Weights(0.65, 0.35, true, 0.3));
        WEIGHTS.put(ColumnRole.DISTRICT, new Weights(0.65, 0.35, true, 0.3));
        WEIGHTS.put(ColumnRole.CHANNEL, new Weights(0.65, 0.35, true, 0.3));
        WEIGHTS.put(ColumnRole.ADDRESS, new Weights(0.6, 0.4, true, 0.3));
        WEIGHTS.put(ColumnRole.LATITUDE, new Weights(0.6, 0.4, true, 0.8));
        WEIGHTS.put(ColumnRole.LONGITUDE, new Weights(0.6, 0.4, true, 0.8));
        WEIGHTS.put(ColumnRole.REQUEST_ID, new Weights(0.6, 0.4, true, 0.5));
    }

    private RoleScorer() {
    }

    /**
     * The candidate for the role in the column, if it reaches {@link #MIN_CONFIDENCE}.
     *
     * @param created the column most likely to hold created dates, for checking closed dates against
     *                it; null when there is none
     */
    static Optional<RoleCandidate> score(ColumnRole role, ColumnProfile column, ColumnProfile created) {
        Weights w = WEIGHTS.get(role);
        HeaderSynonyms.Match header = HeaderSynonyms.match(role, column.normalisedName);
        if (w.needsHeader() && header.weight() <= 0) {
            return Optional.empty();
        }
        ValueEvidence value = value(role, column, created, header.weight());
        if (value.score() < w.minValue()) {
            return Optional.empty();
        }
        double confidence = clamp(w.header() * header.weight() + w.value() * value.score());
        if (confidence < MIN_CONFIDENCE) {
            return Optional.empty();
        }
        return Optional.of(new RoleCandidate(role, column, round(confidence),
                headerText(column.name, header) + "; " + value.text()));
    }

    /** True when the value evidence for the role reaches its minimum (used to check preset columns). */
    static boolean valuesAgree(ColumnRole role, ValueEvidence value) {
        return value.score() >= WEIGHTS.get(role).minValue();
    }

    /** The value evidence alone; {@code headerWeight} only guards Excel serials against ids. */
    static ValueEvidence value(ColumnRole role, ColumnProfile c, ColumnProfile created, double headerWeight) {
        switch (role) {
            case REQUEST_TEXT:
                return text(c);
            case CREATED_DATE:
                return createdDates(c, headerWeight);
            case CLOSED_DATE:
                return c.datesAreSerialsOnly && headerWeight < 0.5 ? serialsWithoutDateHeader()
                        : closedDates(c, created);
            case CATEGORY:
            case STATUS:
            case CHANNEL:
                return fewValues(c, false, role == ColumnRole.STATUS ? 40 : 80);
            case DISTRICT:
                return fewValues(c, true, 80);
            case ADDRESS:
                return address(c);
            case LATITUDE:
                return coordinate(c, c.latitudeShare, 90);
            case LONGITUDE:
                return coordinate(c, c.longitudeShare, 180);
            case REQUEST_ID:
                return identifier(c);
            default:
                throw new IllegalArgumentException("No value rule for " + role);
        }
    }

    // ---- value rules ----------------------------------------------------------------------------

    static ValueEvidence text(ColumnProfile c) {
        if (c.nonBlank == 0) {
            return blank(c);
        }
        double words = clamp((c.averageWords - 1.5) / 4.5);
        double distinct = clamp((c.distinctShare() - 0.2) / 0.5);
        double score = (0.6 * words + 0.4 * distinct)
                * clamp(c.letterShare / 0.6) * (1 - c.numericShare) * (1 - c.linkShare) * (1 - c.writtenDateShare())
                * (1 - 0.5 * c.streetShare)
                * (0.7 + 0.3 * c.fill());
        return new ValueEvidence(score, filled(c) + String.format(Locale.ROOT, ", %.1f words on average, %s distinct",
                c.averageWords, percent(c.distinctShare())));
    }

    private static ValueEvidence createdDates(ColumnProfile c, double headerWeight) {
        if (c.nonBlank == 0) {
            return blank(c);
        }
        if (c.datesAreSerialsOnly && headerWeight < 0.5) {
            return serialsWithoutDateHeader();
        }
        double share = c.dateShare();
        double score = share < 0.5 ? 0 : share * (0.7 + 0.3 * c.fill());
        return new ValueEvidence(score, dateText(c));
    }

    private static ValueEvidence serialsWithoutDateHeader() {
        return new ValueEvidence(0, "numbers that could be Excel dates, but the header does not name a date");
    }

    private static ValueEvidence closedDates(ColumnProfile c, ColumnProfile created) {
        if (c.nonBlank == 0) {
            // Blank closed dates are normal for open requests, but only beside a column of created dates.
            return created == null || created.dateCount == 0 ? blank(c)
                    : new ValueEvidence(0.5, "all " + c.rows + " sample values blank (open requests?)");
        }
        double share = c.dateShare();
        if (share < 0.5) {
            return new ValueEvidence(0, dateText(c));
        }
        String text = dateText(c);
        double score = share;
        if (created != null && created != c) {
            int pairs = 0;
            int inOrder = 0;
            for (int row = 0; row < c.rows; row++) {
                LocalDateTime closed = c.parsedDates.get(row);
                LocalDateTime opened = created.parsedDates.get(row);
                if (closed != null && opened != null) {
                    pairs++;
                    inOrder += closed.isBefore(opened) ? 0 : 1;
                }
            }
            if (pairs > 0) {
                double order = (double) inOrder / pairs;
                text += "; on or after '" + created.name + "' in " + percent(order) + " of " + pairs + " rows";
                score *= order < 0.8 ? order : 1;
            }
        }
        return new ValueEvidence(score, text);
    }

    private static ValueEvidence fewValues(ColumnProfile c, boolean numbersAllowed, int maxAverageLength) {
        if (c.nonBlank == 0) {
            return blank(c);
        }
        if (c.flags) {
            return new ValueEvidence(0, "only yes/no flags");
        }
        // Few distinct values for the sample's size: by share for large samples, by square root for
        // small ones (10 rows of 16 request types are mostly distinct, yet a few repeat).
        double byShare = clamp((0.95 - c.distinctShare()) / 0.45);
        double bySize = c.distinct < c.nonBlank ? clamp(2 - c.distinct / (1 + 1.5 * Math.sqrt(c.nonBlank))) : 0;
        double score = Math.max(byShare, bySize);
        if (c.nonBlank < SMALL_SAMPLE) {
            score = Math.max(score, 0.5); // a handful of values says little about how many kinds there are
        }
        if (numbersAllowed && c.smallCodes) {
            score = Math.max(score, 0.6);
        }
        if (!numbersAllowed && c.numericShare > 0.8) {
            score *= 0.4;
        }
        if (c.averageLength > maxAverageLength) {
            score *= 0.3;
        }
        score *= (1 - c.writtenDateShare()) * (1 - c.linkShare);
        return new ValueEvidence(score, c.distinct + " distinct values in " + c.nonBlank);
    }

    private static ValueEvidence address(ColumnProfile c) {
        if (c.nonBlank == 0) {
            return blank(c);
        }
        double score = c.streetShare * (1 - c.linkShare);
        return new ValueEvidence(score, percent(c.streetShare) + " of " + c.nonBlank
                + " values look like street addresses");
    }

    private static ValueEvidence coordinate(ColumnProfile c, double inRange, int limit) {
        if (c.nonBlank == 0) {
            return blank(c);
        }
        double score = inRange * (c.decimalShare >= 0.5 ? 1 : 0.6);
        return new ValueEvidence(score, percent(inRange) + " of " + c.nonBlank + " values are numbers within ±"
                + limit + (c.decimalShare >= 0.5 ? "" : ", few with decimals"));
    }

    private static ValueEvidence identifier(ColumnProfile c) {
        if (c.nonBlank == 0) {
            return blank(c);
        }
        double score = clamp((c.distinctShare() - 0.8) / 0.15)
                * (c.compactShare >= 0.9 ? 1 : 0.5 * c.compactShare)
                * (c.writtenDateShare() > 0.5 ? 0 : 1)
                * (c.decimalShare > 0.5 ? 0.3 : 1);
        return new ValueEvidence(score, c.distinct + " of " + c.nonBlank + " values distinct");
    }

    // ---- words ----------------------------------------------------------------------------------

    private static ValueEvidence blank(ColumnProfile c) {
        return new ValueEvidence(0, "all " + c.rows + " sample values blank");
    }

    private static String dateText(ColumnProfile c) {
        String of = c.nonBlank == c.rows ? c.rows + " values" : c.nonBlank + " filled values (of " + c.rows + ")";
        return percent(c.dateShare()) + " of " + of + " are dates"
                + (c.dateCount > 0 ? " (" + c.dates.describe() + ")" : "");
    }

    private static String filled(ColumnProfile c) {
        return c.nonBlank + " of " + c.rows + " filled";
    }

    static String headerText(String name, HeaderSynonyms.Match header) {
        if (header.weight() == 0) {
            return "no header evidence in '" + name + "'";
        }
        if (header.weight() < 0) {
            return "header '" + name + "' speaks against it (word '" + header.word() + "')";
        }
        return header.exact() ? "header '" + name + "'" : "header '" + name + "' (word '" + header.word() + "')";
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static double clamp(double x) {
        return x < 0 ? 0 : x > 1 ? 1 : x;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
