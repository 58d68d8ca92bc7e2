package org.civicthemes.spark;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.workflow.BadInputException;
import org.civicthemes.workflow.BurstThemes;
import org.civicthemes.workflow.CodebookPlacing;
import org.civicthemes.workflow.ThemeService;

/**
 * Places the requests of a partition among a broadcast codebook's themes with the desktop's
 * {@link CodebookPlacing}, a batch at a time (the sentence model, when the codebook has meaning, runs in the
 * executor). A request's place is a function of its text and the codebook alone, so the partitioning changes
 * nothing. Rows of {@link RequestRows#IMPORTED} (or {@link RequestRows#PLACED}, whose place is replaced) in, rows of
 * {@link RequestRows#PLACED} out.
 */
final class PartitionPlacer implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;
    /** Requests placed at once: large enough for the placer's blocks, small enough for an executor's memory. */
    static final int BATCH = 16_384;

    private final SharedCodebook codebook;
    private final Map<Integer, Integer> ids;
    private final boolean forBursts;

    /**
     * @param ids       the id each of the codebook's themes gets in the output (themes not in it: Unclear), or null to
     *                  keep the codebook's ids
     * @param forBursts whether to keep what words that burst since the codebook are found and named by
     *                  ({@link SinceBursts}): the words of the requests since its period, every request's term ids
     */
    PartitionPlacer(SharedCodebook codebook, Map<Integer, Integer> ids, boolean forBursts) {
        this.codebook = codebook;
        this.ids = ids;
        this.forBursts = forBursts;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) throws BadInputException {
        CodebookPlacing placing = new CodebookPlacing(codebook.codebook(), new ThemeService());
        return new Iterator<>() {
            private Iterator<Row> batch = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!batch.hasNext() && rows.hasNext()) {
                    batch = placeBatch(placing, rows);
                }
                return batch.hasNext();
            }

            @Override
            public Row next() {
                hasNext();
                return batch.next();
            }
        };
    }

    private Iterator<Row> placeBatch(CodebookPlacing placing, Iterator<Row> rows) {
        List<Row> batch = new ArrayList<>(BATCH);
        List<String> texts = new ArrayList<>(BATCH);
        while (rows.hasNext() && batch.size() < BATCH) {
            Row row = rows.next();
            batch.add(row);
            texts.add(row.getString(3));
        }
        CodebookPlacing.Placed placed = placing.place(texts, CancellationToken.NEVER);
        List<Row> out = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Row r = batch.get(i);
            int id = placed.themeIds()[i];
            boolean fitsNone = placed.fitsNone()[i];
            if (ids != null && id > 0) {
                id = ids.getOrDefault(id, CodebookPlacing.UNCLEAR);
                fitsNone = false;
            } else if (ids != null) {
                fitsNone = false;
            }
            // a request since the codebook's period keeps its words for the bursts (docs/codebook.md, step 5)
            boolean since = forBursts && BurstThemes.isSince(codebook.codebook(), (LocalDateTime) r.get(4));
            out.add(RowFactory.create(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6), id,
                    placed.similarity()[i], fitsNone, since ? placed.terms().get(i).toArray(String[]::new) : null,
                    forBursts && placed.proposable()[i],
                    forBursts ? placing.termIds(placed.terms().get(i)) : null));
        }
        return out.iterator();
    }
}
