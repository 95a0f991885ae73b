package id.binaan.inmate;

import id.binaan.shared.Scope;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Searching the register at national scale: every word of the term must occur somewhere in the
 * name (trigram index), or the whole term in the registration number; pages are found by keyset
 * (the last row's sort key and id), so a deep page costs what the first one does. One statement
 * for the rows and one for the count (capped at {@link InmatePage#COUNT_CAP}), whatever the page size.
 */
@Repository
class InmateSearch {

    private static final String COLUMNS = "id, registration_number, full_name, status, legal_status, education, "
            + "sex, cell_block, admission_date, expected_release_date";

    private final NamedParameterJdbcTemplate jdbc;

    InmateSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    InmatePage page(InmateQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = filters(query, params);
        InmateSort sort = query.sort();
        boolean backwards = query.before() != null;
        InmateQuery.Cursor cursor = backwards ? query.before() : query.after();
        String keyset = "";
        if (cursor != null) {
            keyset = " and (" + sort.expression + ", id) " + (backwards ? "<" : ">") + " (cast(:key as "
                    + sort.type + "), :keyId)";
            params.addValue("key", cursor.key()).addValue("keyId", cursor.id());
        }
        String direction = backwards ? " desc" : "";
        params.addValue("limit", query.size() + 1);
        List<InmateRow> rows = new ArrayList<>(jdbc.query("select " + COLUMNS + ", cast(" + sort.expression
                + " as text) as sort_key from inmate where " + where + keyset + " order by " + sort.expression
                + direction + ", id" + direction + " limit :limit", params, InmateSearch::row));
        boolean more = rows.size() > query.size();
        if (more) {
            rows.remove(rows.size() - 1);
        }
        if (backwards) {
            Collections.reverse(rows);
        }
        // counted up to one past the cap: a national register's count(*) costs more than the page itself
        params.addValue("countLimit", InmatePage.COUNT_CAP + 1);
        Long total = jdbc.queryForObject("select count(*) from (select 1 from inmate where " + where
                + " limit :countLimit) matches", params, Long.class);
        boolean hasPrevious = backwards ? more : cursor != null;
        boolean hasNext = backwards || more;
        return new InmatePage(rows, total == null ? 0 : total, hasPrevious && !rows.isEmpty(), hasNext && !rows.isEmpty());
    }

    List<String> cellBlocks() {
        // a loose index scan: one index probe per block instead of reading every inmate
        return jdbc.queryForList("""
                with recursive blocks as (
                    select min(cell_block) as block from inmate where %1$s
                    union all
                    select (select min(cell_block) from inmate where %1$s and cell_block > blocks.block)
                      from blocks where blocks.block is not null)
                select block from blocks where block is not null order by block""".formatted(Scope.current().sql("facility_id")),
                new MapSqlParameterSource(), String.class);
    }

    List<InmateSummary> active(String term, int limit) {
        InmateQuery query = new InmateQuery(term, InmateStatus.ACTIVE, null, null, InmateSort.NAME, limit, null, null);
        return page(query).rows().stream().map(InmateRow::summary).toList();
    }

    private static String filters(InmateQuery query, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder(Scope.current().sql("facility_id"));
        String term = query.term() == null ? "" : query.term().strip().toLowerCase(Locale.ROOT);
        if (!term.isEmpty()) {
            StringBuilder name = new StringBuilder();
            String[] words = term.split("\\s+");
            for (int i = 0; i < words.length; i++) {
                name.append(i == 0 ? "" : " and ").append("lower(full_name) like :w").append(i).append(" escape '\\'");
                params.addValue("w" + i, contains(words[i]));
            }
            where.append(" and ((").append(name).append(") or lower(registration_number) like :whole escape '\\')");
            params.addValue("whole", contains(term.replaceAll("\\s+", " ")));
        }
        if (query.status() != null) {
            where.append(" and status = :status");
            params.addValue("status", query.status().name());
        }
        if (query.legalStatus() != null) {
            where.append(" and legal_status = :legalStatus");
            params.addValue("legalStatus", query.legalStatus().name());
        }
        if (query.cellBlock() != null && !query.cellBlock().isBlank()) {
            where.append(" and cell_block = :cellBlock");
            params.addValue("cellBlock", query.cellBlock().strip());
        }
        return where.toString();
    }

    private static String contains(String word) {
        return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static InmateRow row(ResultSet rs, int n) throws SQLException {
        return new InmateRow(rs.getLong("id"), rs.getString("registration_number"), rs.getString("full_name"),
                InmateStatus.valueOf(rs.getString("status")), LegalStatus.valueOf(rs.getString("legal_status")),
                Education.valueOf(rs.getString("education")), Sex.valueOf(rs.getString("sex")), rs.getString("cell_block"),
                rs.getObject("admission_date", LocalDate.class), rs.getObject("expected_release_date", LocalDate.class),
                rs.getString("sort_key"));
    }
}
