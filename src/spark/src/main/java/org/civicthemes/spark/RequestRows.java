package org.civicthemes.spark;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The columns of the job's rows between stages, in one place. */
final class RequestRows {

    static final String FILE = "file";
    static final String ROW = "row";
    static final String REQUEST_ID = "request_id";
    static final String TEXT = "text";
    static final String CREATED = "created";
    static final String CATEGORY = "category";
    static final String DISTRICT = "district";
    static final String THEME_ID = "theme_id";
    static final String SIMILARITY = "similarity";
    static final String FITS_NONE = "fits_none";
    static final String WORDS = "words";
    static final String PROPOSABLE = "proposable";
    static final String TERM_IDS = "term_ids";
    static final String DAY = "day";
    static final String MONTH = "month";
    static final String REQUESTS = "requests";

    /** A request as imported: its export and row there (the row number the analyst sees), and its fields. */
    static final StructType IMPORTED = new StructType()
            .add(FILE, DataTypes.StringType, false)
            .add(ROW, DataTypes.IntegerType, false)
            .add(REQUEST_ID, DataTypes.StringType, false)
            .add(TEXT, DataTypes.StringType, false)
            .add(CREATED, DataTypes.TimestampNTZType, true)
            .add(CATEGORY, DataTypes.StringType, false)
            .add(DISTRICT, DataTypes.StringType, false);

    /**
     * A request placed: its theme's id (a codebook id, 0 Unclear, -1 No description), its similarity to the nearest
     * theme, whether it fits no theme (a candidate for a proposed theme); for a request created after the codebook's
     * period its term keys (whose words may burst; null for the others), whether it may be a member of a proposed
     * theme (it has terms, in a language the codebook may propose in), and the ids of its terms in the codebook's
     * vocabulary (what the burst themes are named by). The last three only when placing by a given codebook.
     */
    static final StructType PLACED = IMPORTED
            .add(THEME_ID, DataTypes.IntegerType, false)
            .add(SIMILARITY, DataTypes.DoubleType, false)
            .add(FITS_NONE, DataTypes.BooleanType, false)
            .add(WORDS, DataTypes.createArrayType(DataTypes.StringType, false), true)
            .add(PROPOSABLE, DataTypes.BooleanType, false)
            .add(TERM_IDS, DataTypes.createArrayType(DataTypes.IntegerType, false), true);

    private RequestRows() {
    }
}
