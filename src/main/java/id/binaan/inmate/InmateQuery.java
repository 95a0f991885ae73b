package id.binaan.inmate;

/** One page request of the list: term, filters, order, size and where to continue from. */
record InmateQuery(String term, InmateStatus status, LegalStatus legalStatus, String cellBlock, InmateSort sort,
        int size, Cursor after, Cursor before) {

    /** A position in the list: the sort key and id of a row. */
    record Cursor(String key, long id) {

        static Cursor of(String key, Long id) {
            return key == null || id == null ? null : new Cursor(key, id);
        }
    }
}
