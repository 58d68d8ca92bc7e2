package org.civicthemes.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.arrays_overlap;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.civicthemes.cluster.GroupTermCounts;
import org.civicthemes.cluster.WordBursts;
import org.civicthemes.model.Codebook;
import org.civicthemes.workflow.BadInputException;
import org.civicthemes.workflow.BurstThemes;
import org.civicthemes.workflow.CodebookPlacing;
import org.civicthemes.workflow.ThemeService;

/**
 * Words that burst since a codebook (docs/codebook.md, step 5), found over the partitions with the desktop's own
 * pieces in the desktop's order ({@link WordBursts}): the words of every request since the codebook's period counted
 * per partition and merged, the candidate words decided on the driver, how their requests were placed counted per
 * partition and merged, the words placed apart decided on the driver, the few requests holding one collected, the
 * bursts made of them, and each burst with enough eligible requests ({@link BurstThemes#groups}) made a proposed
 * theme of its own with the next ids, its requests taken out of the themes they were placed in (and out of the
 * requests the other proposals are found among). Named as the desktop names it ({@link CodebookPlacing#groupNames}),
 * from the terms of every request tallied over the partitions.
 */
final class SinceBursts {

    private static final String BURST_FILE = "burst_file";
    private static final String BURST_ROW = "burst_row";
    private static final String BURST_THEME = "burst_theme";

    private final SparkSession spark;
    private final Codebook codebook;
    private final ThemeService themeService;

    SinceBursts(SparkSession spark, Codebook codebook, ThemeService themeService) {
        this.spark = spark;
        this.codebook = codebook;
        this.themeService = themeService;
    }

    /**
     * @param placed every request, placed (the burst themes' members with their new ids, no longer fitting none)
     * @param themes the burst themes, in id order (empty: none)
     */
    record Found(Dataset<Row> placed, List<ThemesSummary.ThemeSize> themes) {
    }

    /**
     * @param placed  every request placed by the codebook ({@link RequestRows#PLACED})
     * @param firstId the id of the first burst theme (the codebook's next id)
     */
    Found find(Dataset<Row> placed, int firstId) throws BadInputException {
        if (codebook.provenance().range().to() == null) {
            return new Found(placed, List.of());
        }
        int known = codebook.themes().size();
        HashMap<Integer, Integer> positions = positions(codebook);
        Dataset<Row> since = placed.filter(col(RequestRows.WORDS).isNotNull());
        WordBursts.SinceCounts counts = since.select(RequestRows.WORDS, RequestRows.THEME_ID).javaRDD().aggregate(
                new WordBursts.SinceCounts(known),
                (tally, r) -> tally.add(r.getList(0), positions.getOrDefault(r.getInt(1), -1)),
                WordBursts.SinceCounts::merge);
        List<String> candidates = WordBursts.candidates(codebook, counts, WordBursts.DEFAULT);
        if (candidates.isEmpty()) {
            return new Found(placed, List.of());
        }
        WordBursts.WordPlacements placements = since.select(RequestRows.WORDS, RequestRows.THEME_ID).javaRDD()
                .aggregate(new WordBursts.WordPlacements(candidates, known),
                        (tally, r) -> tally.add(r.getList(0), positions.getOrDefault(r.getInt(1), -1)),
                        WordBursts.WordPlacements::merge);
        List<String> apart = WordBursts.placedApart(counts, placements, WordBursts.DEFAULT);
        if (apart.isEmpty()) {
            return new Found(placed, List.of());
        }
        // the requests holding a word placed apart are few (a new kind of request): their ids are their places here
        List<Row> holding = since
                .filter(arrays_overlap(col(RequestRows.WORDS),
                        array(apart.stream().map(w -> lit(w)).toArray(Column[]::new))))
                .select(RequestRows.FILE, RequestRows.ROW, RequestRows.WORDS, RequestRows.PROPOSABLE)
                .orderBy(RequestRows.FILE, RequestRows.ROW).collectAsList();
        WordBursts.Holders holders = new WordBursts.Holders(apart);
        for (int i = 0; i < holding.size(); i++) {
            holders.add(i, holding.get(i).getList(2));
        }
        List<int[]> groups = BurstThemes.groups(WordBursts.bursts(holders, WordBursts.DEFAULT),
                i -> holding.get(i).getBoolean(3));
        if (groups.isEmpty()) {
            return new Found(placed, List.of());
        }
        List<Row> members = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            for (int i : groups.get(g)) {
                Row r = holding.get(i);
                members.add(RowFactory.create(r.getString(0), r.getInt(1), firstId + g));
            }
        }
        Dataset<Row> withMembers = withMembers(placed, members);
        List<String> names = names(withMembers, groups.size(), firstId, positions);
        List<ThemesSummary.ThemeSize> themes = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            themes.add(new ThemesSummary.ThemeSize(firstId + g, names.get(g), true, 0, 0));
        }
        return new Found(withMembers, themes);
    }

    /** The position of each codebook theme by its id. */
    private static HashMap<Integer, Integer> positions(Codebook codebook) {
        HashMap<Integer, Integer> positions = new HashMap<>();
        for (int t = 0; t < codebook.themes().size(); t++) {
            positions.put(codebook.themes().get(t).id(), t);
        }
        return positions;
    }

    /** The members of the burst themes get the themes' ids and no longer fit none. */
    private Dataset<Row> withMembers(Dataset<Row> placed, List<Row> members) {
        StructType schema = new StructType().add(BURST_FILE, DataTypes.StringType, false)
                .add(BURST_ROW, DataTypes.IntegerType, false).add(BURST_THEME, DataTypes.IntegerType, false);
        Dataset<Row> burst = broadcast(spark.createDataFrame(members, schema));
        return placed.join(burst, col(RequestRows.FILE).equalTo(col(BURST_FILE))
                        .and(col(RequestRows.ROW).equalTo(col(BURST_ROW))), "left")
                .withColumn(RequestRows.THEME_ID, coalesce(col(BURST_THEME), col(RequestRows.THEME_ID)))
                .withColumn(RequestRows.FITS_NONE, col(RequestRows.FITS_NONE).and(col(BURST_THEME).isNull()))
                .drop(BURST_FILE, BURST_ROW, BURST_THEME);
    }

    /**
     * The burst themes' names, as the desktop's describe gives them: every request's term ids tallied in the position
     * of its codebook theme, its burst theme or none, over the partitions, merged, and labelled on the driver.
     */
    private List<String> names(Dataset<Row> placed, int groups, int firstId, Map<Integer, Integer> positions)
            throws BadInputException {
        CodebookPlacing placing = new CodebookPlacing(codebook, themeService);
        int known = codebook.themes().size();
        HashMap<Integer, Integer> places = new HashMap<>(positions);
        for (int g = 0; g < groups; g++) {
            places.put(firstId + g, known + g);
        }
        GroupTermCounts counts = placed.select(RequestRows.THEME_ID, RequestRows.TERM_IDS).javaRDD().aggregate(
                placing.groupTermCounts(groups),
                (tally, r) -> tally.add(places.getOrDefault(r.getInt(0), -1),
                        r.<Integer>getList(1).stream().mapToInt(Integer::intValue).toArray()),
                GroupTermCounts::merge);
        return placing.groupNames(counts);
    }
}
