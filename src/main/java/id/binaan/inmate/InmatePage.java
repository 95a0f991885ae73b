package id.binaan.inmate;

import java.util.List;

/**
 * A page of the list, the number of matches in total (counted up to one past {@link #COUNT_CAP}), and
 * whether there is more either side.
 */
record InmatePage(List<InmateRow> rows, long total, boolean hasPrevious, boolean hasNext) {

    static final int COUNT_CAP = 10_000;

    /** More matches than the count went up to: the page says "more than 10,000". */
    public boolean capped() {
        return total > COUNT_CAP;
    }

    public int cap() {
        return COUNT_CAP;
    }

    public InmateRow first() {
        return rows.get(0);
    }

    public InmateRow last() {
        return rows.get(rows.size() - 1);
    }
}
