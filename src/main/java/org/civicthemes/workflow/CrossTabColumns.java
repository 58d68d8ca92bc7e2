package org.civicthemes.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicthemes.io.read.SpreadsheetImporter;
import org.civicthemes.model.ColumnRole;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.ServiceRequest;

/**
 * The columns the themes can be cross-tabbed with, and which one the analyst means by a word: a role (status), a
 * column name (Council District) or a column letter (H). The import keeps only the columns it reads as a role, so
 * a cross-tab can use the columns read as category, district, status or channel.
 */
final class CrossTabColumns {

    /** The roles whose values make a cross-tab, in the order the files are written. */
    static final List<ColumnRole> ROLES = List.of(ColumnRole.CATEGORY, ColumnRole.DISTRICT, ColumnRole.STATUS,
            ColumnRole.CHANNEL);
    /** The roles cross-tabbed without being asked, when the file has them. */
    private static final List<ColumnRole> DEFAULTS = List.of(ColumnRole.CATEGORY, ColumnRole.DISTRICT);

    private CrossTabColumns() {
    }

    /** The roles to cross-tab: category and district when read, then the ones asked for, each once. */
    static List<ColumnRole> chosen(Dataset dataset, List<String> asked) throws BadInputException {
        List<ColumnRole> roles = new ArrayList<>();
        for (ColumnRole role : DEFAULTS) {
            if (dataset.mapping().has(role)) {
                roles.add(role);
            }
        }
        for (String word : asked) {
            ColumnRole role = resolve(dataset, word);
            if (!roles.contains(role)) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** A request's value in the column of a role. */
    static Function<ServiceRequest, String> valueOf(ColumnRole role) {
        return switch (role) {
            case CATEGORY -> ServiceRequest::category;
            case DISTRICT -> ServiceRequest::district;
            case STATUS -> ServiceRequest::status;
            case CHANNEL -> ServiceRequest::channel;
            default -> throw new IllegalArgumentException("No cross-tab by " + role.displayName());
        };
    }

    /** The file a cross-tab is written to: crosstab-status.csv. */
    static String fileName(ColumnRole role) {
        return "crosstab-" + role.key() + ".csv";
    }

    static ColumnRole resolve(Dataset dataset, String word) throws BadInputException {
        String file = dataset.source().fileName();
        Optional<ColumnRole> byRole = ROLES.stream().filter(r -> r.key().equals(key(word))
                || r.displayName().equalsIgnoreCase(word.strip())).findFirst();
        if (byRole.isPresent()) {
            if (!dataset.mapping().has(byRole.get())) {
                throw bad("No column of " + file + " was read as " + byRole.get().key() + ", so there is nothing to "
                        + "cross-tab by it; name its column when reading the file (--column " + byRole.get().key()
                        + "=COL).");
            }
            return byRole.get();
        }
        String column = SpreadsheetImporter.resolveColumn(dataset.columns(), word).orElseThrow(() -> bad(
                "There is no column '" + word + "' in " + file + " to cross-tab by. Its columns are: "
                        + String.join(", ", dataset.columns()) + "."));
        Optional<ColumnRole> role = dataset.mapping().assignments().stream()
                .filter(a -> a.columns().contains(column)).map(a -> a.role()).findFirst();
        if (role.isPresent() && ROLES.contains(role.get())) {
            return role.get();
        }
        String readAs = role.map(r -> "is read as " + r.displayName().toLowerCase(Locale.ROOT))
                .orElse("is not kept by the import");
        throw bad("Column '" + column + "' of " + file + " " + readAs + "; a cross-tab can use the columns read as "
                + kept(dataset) + ". To cross-tab by '" + column + "', read it as a free one of those roles "
                + "(for example --column status=" + (column.contains(" ") ? "\"" + column + "\"" : column) + ").");
    }

    private static String kept(Dataset dataset) {
        return ROLES.stream().map(r -> r.key() + dataset.mapping().get(r)
                .map(a -> " ('" + String.join(", ", a.columns()) + "')").orElse(" (none)"))
                .collect(Collectors.joining(", "));
    }

    private static String key(String word) {
        return word.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    private static BadInputException bad(String message) {
        return new BadInputException(message, null);
    }
}
