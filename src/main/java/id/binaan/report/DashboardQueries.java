package id.binaan.report;

import id.binaan.shared.Scope;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.binaan.partner.Partners;
import id.binaan.report.DashboardFigures.Alerts;
import id.binaan.report.DashboardFigures.Count;
import id.binaan.report.DashboardFigures.MonthRate;
import id.binaan.report.DashboardFigures.Rate;

/** The dashboard's figures: a fixed handful of SQL aggregates, whatever the size of the facility. */
@Service
class DashboardQueries {

    /**
     * Inmates in the facility on each month's last day (today for this month), and those of them in an
     * active enrollment on that day. The population is a running sum of arrivals (+1 on the admission day) and
     * departures (−1 on the status day), read in one pass over the inmates. The enrollments and inmates of the
     * twelve months are joined once and then matched to the days, instead of joining them again for every month.
     */
    private static final String MONTHS = """
            with points as (
                select m::date as month,
                       least((m + interval '1 month' - interval '1 day')::date, cast(:today as date)) as d
                  from generate_series(date_trunc('month', cast(:today as date)) - interval '11 months',
                                       date_trunc('month', cast(:today as date)), interval '1 month') m),
            span as (select min(d) as first_d, max(d) as last_d, min(month) as first_month from points),
            changes as (
                select greatest(date_trunc('month', c.day)::date, w.first_month) as month, sum(c.delta) as delta
                  from span w,
                       (select admission_date as day, 1 as delta from inmate where {inScope:facility_id}
                        union all
                        select greatest(admission_date, status_date), -1 from inmate
                         where {inScope:facility_id} and status_date is not null) c
                 where c.day <= w.last_d
                 group by 1),
            population as (
                select p.month, sum(coalesce(c.delta, 0)) over (order by p.month) as n
                  from points p left join changes c on c.month = p.month),
            taking_part as (
                select p.month, count(distinct e.inmate_id) as n
                  from span w
                  join enrollment e on {inScope:e.facility_id} and e.activated_on is not null and e.activated_on <= w.last_d
                                   and (e.ended_on is null or e.ended_on > w.first_d)
                  join inmate i on i.id = e.inmate_id and i.admission_date <= w.last_d
                               and (i.status_date is null or i.status_date > w.first_d)
                  join points p on e.activated_on <= p.d and (e.ended_on is null or e.ended_on > p.d)
                               and i.admission_date <= p.d and (i.status_date is null or i.status_date > p.d)
                 group by p.month)
            select pop.month, pop.n as population, coalesce(t.n, 0) as participants
              from population pop left join taking_part t on t.month = pop.month
             order by pop.month""";

    private static final String PARTICIPANTS = """
            select grouping(pa.name) as by_kind, coalesce(pa.name, p.kind) as label, count(distinct e.inmate_id) as n
              from enrollment e join program p on p.id = e.program_id join partner pa on pa.id = p.partner_id
             where {inScope:e.facility_id} and e.status = 'ACTIVE'
             group by grouping sets ((pa.name), (p.kind))
             order by by_kind, n desc, label""";

    /** Today's participation rate, this year's completions and the alerts, in one statement. */
    private static final String NOW_YEAR_AND_ALERTS = """
            select (select count(*) from inmate where {inScope:facility_id} and status = 'ACTIVE') as population,
                   (select count(distinct e.inmate_id) from enrollment e join inmate i on i.id = e.inmate_id
                     where {inScope:e.facility_id} and e.status = 'ACTIVE' and i.status = 'ACTIVE') as participants,
                   (select count(*) from enrollment
                     where {inScope:facility_id} and status = 'COMPLETED' and ended_on between :yearStart and :today) as completions,
                   (select count(*) from enrollment
                     where {inScope:facility_id} and status = 'COMPLETED' and certificate_number is not null
                       and ended_on between :yearStart and :today) as certificates,
                   (select count(*) from program_session
                     where {inScope:facility_id} and status = 'HELD' and confirmed_at is null and session_date < :confirmBy) as unconfirmed,
                   (select count(*) from program_session
                     where {inScope:facility_id} and status = 'SCHEDULED' and session_date < :today) as missing,
                   (select count(*) from inmate i
                     where {inScope:i.facility_id} and """ + " " + AlertQueries.RELEASE_READINESS + ") as readiness";

    private final NamedParameterJdbcTemplate jdbc;
    private final Partners partners;

    DashboardQueries(NamedParameterJdbcTemplate jdbc, Partners partners) {
        this.jdbc = jdbc;
        this.partners = partners;
    }

    @Transactional(readOnly = true)
    public DashboardFigures figures(LocalDate today) {
        Scope scope = Scope.current();
        MapSqlParameterSource params = AlertQueries.params(today).addValue("yearStart", today.withDayOfYear(1));
        List<MonthRate> months = jdbc.query(scope.scoped(MONTHS), params, (rs, i) -> new MonthRate(
                rs.getObject("month", LocalDate.class), new Rate(rs.getLong("population"), rs.getLong("participants"))));
        List<Object[]> counts = jdbc.query(scope.scoped(PARTICIPANTS), params,
                (rs, i) -> new Object[] {rs.getInt("by_kind") == 1, new Count(rs.getString("label"), rs.getLong("n"))});
        List<Count> byPartner = counts.stream().filter(c -> !(Boolean) c[0]).map(c -> (Count) c[1]).toList();
        List<Count> byKind = counts.stream().filter(c -> (Boolean) c[0]).map(c -> (Count) c[1]).toList();
        long expiring = partners.expiringAgreements(today, AlertQueries.AGREEMENT_DAYS).size();
        return jdbc.queryForObject(scope.scoped(NOW_YEAR_AND_ALERTS), params, (rs, i) -> new DashboardFigures(
                new Rate(rs.getLong("population"), rs.getLong("participants")), months, byPartner, byKind,
                rs.getLong("completions"), rs.getLong("certificates"),
                new Alerts(expiring, rs.getLong("unconfirmed"), rs.getLong("missing"), rs.getLong("readiness"))));
    }
}
