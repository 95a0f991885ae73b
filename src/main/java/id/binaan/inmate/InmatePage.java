package id.binaan.inmate;

import java.util.List;

/** A page of the list, the number of matches in total, and whether there is more either side. */
record InmatePage(List<InmateRow> rows, long total, boolean hasPrevious, boolean hasNext) {

    public InmateRow first() {
        return rows.get(0);
    }

    public InmateRow last() {
        return rows.get(rows.size() - 1);
    }
}
