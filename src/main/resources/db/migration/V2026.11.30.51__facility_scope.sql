-- Every facility-owned record carries its facility. The scope a transaction may see and change is set by the
-- application at its start (binaan_begin, V2026.11.30.52) in three settings:
--   binaan.read     the facilities it may read: a comma-separated list of ids, or * for every facility;
--   binaan.write    the facilities it may change (a comma-separated list; empty for read-only accounts);
--   binaan.facility the facility a new record belongs to (the account's own facility).
-- Records with no parent of their own take the transaction's facility.
alter table inmate add column facility_id bigint references facility (id);
alter table agreement add column facility_id bigint references facility (id);
alter table coordination_meeting add column facility_id bigint references facility (id);
alter table program add column facility_id bigint references facility (id);
alter table inmate_import add column facility_id bigint references facility (id);
alter table audit_event add column facility_id bigint references facility (id);

-- Records below another take their parent's facility (a trigger, below), and a composite key makes sure they
-- cannot point at a parent of another facility.
alter table follow_up add column facility_id bigint;
alter table program_session add column facility_id bigint;
alter table enrollment add column facility_id bigint;
alter table enrollment_event add column facility_id bigint;
alter table attendance add column facility_id bigint;
alter table completion_certificate add column facility_id bigint;
alter table inmate_import_row add column facility_id bigint;

-- The facilities of a partner institution: where it has programs or agreements. Read as the tables' owner (the
-- policies that call it could not otherwise read the tables they protect).
create function binaan_partner_facilities(p_partner bigint) returns bigint[]
    language sql stable security definer as
$$
select coalesce(array_agg(distinct f), '{}'::bigint[])
  from (select facility_id as f from program where partner_id = p_partner
        union
        select facility_id from agreement where partner_id = p_partner) x
$$;

-- A scope setting as facility ids: a list, 'partner:<id>' (the partner's facilities), 'region:<id>' (the region's);
-- empty (and '*', which binaan_scope_all tells apart) gives none.
create function binaan_scope_facilities(setting text) returns bigint[]
    language sql stable as
$$
select case
           when coalesce(setting, '') in ('', '*') then '{}'::bigint[]
           when setting like 'partner:%' then binaan_partner_facilities(substr(setting, 9)::bigint)
           when setting like 'region:%' then (select coalesce(array_agg(f.id), '{}'::bigint[])
                                                 from facility f where f.region_id = substr(setting, 8)::bigint)
           else string_to_array(setting, ',')::bigint[]
       end
$$;

create function binaan_read_facilities() returns bigint[]
    language sql stable as
$$
select binaan_scope_facilities(current_setting('binaan.read', true))
$$;

create function binaan_reads_all() returns boolean
    language sql stable as
$$
select coalesce(current_setting('binaan.read', true), '') = '*'
$$;

create function binaan_write_facilities() returns bigint[]
    language sql stable as
$$
select binaan_scope_facilities(current_setting('binaan.write', true))
$$;

create function binaan_writes_all() returns boolean
    language sql stable as
$$
select coalesce(current_setting('binaan.write', true), '') = '*'
$$;

-- The facility of a new record: the transaction's own; where it has none and the database knows exactly one
-- facility (scripts, restores, a single-facility install), that one.
create function binaan_home_facility() returns bigint
    language sql stable parallel safe as
$$
select coalesce(nullif(current_setting('binaan.facility', true), '')::bigint,
                (select min(f.id) from facility f having count(*) = 1))
$$;


-- The audit log's trigger refuses every change; existing events belong to the facility as well.
alter table audit_event disable trigger audit_event_append_only;
update audit_event set facility_id = (select min(id) from facility);
alter table audit_event enable trigger audit_event_append_only;

update inmate set facility_id = (select min(id) from facility);
update agreement set facility_id = (select min(id) from facility);
update coordination_meeting set facility_id = (select min(id) from facility);
update program set facility_id = (select min(id) from facility);
update inmate_import set facility_id = (select min(id) from facility);
update follow_up set facility_id = (select min(id) from facility);
update program_session set facility_id = (select min(id) from facility);
update enrollment set facility_id = (select min(id) from facility);
update enrollment_event set facility_id = (select min(id) from facility);
update attendance set facility_id = (select min(id) from facility);
update completion_certificate set facility_id = (select min(id) from facility);
update inmate_import_row set facility_id = (select min(id) from facility);

alter table inmate alter column facility_id set default binaan_home_facility();
alter table agreement alter column facility_id set default binaan_home_facility();
alter table coordination_meeting alter column facility_id set default binaan_home_facility();
alter table program alter column facility_id set default binaan_home_facility();
alter table inmate_import alter column facility_id set default binaan_home_facility();
alter table audit_event alter column facility_id set default binaan_home_facility();

alter table inmate alter column facility_id set not null;
alter table agreement alter column facility_id set not null;
alter table coordination_meeting alter column facility_id set not null;
alter table program alter column facility_id set not null;
alter table inmate_import alter column facility_id set not null;
alter table follow_up alter column facility_id set not null;
alter table program_session alter column facility_id set not null;
alter table enrollment alter column facility_id set not null;
alter table enrollment_event alter column facility_id set not null;
alter table attendance alter column facility_id set not null;
alter table completion_certificate alter column facility_id set not null;
alter table inmate_import_row alter column facility_id set not null;

create unique index inmate_id_facility on inmate (id, facility_id);
create unique index coordination_meeting_id_facility on coordination_meeting (id, facility_id);
create unique index program_id_facility on program (id, facility_id);
create unique index program_session_id_facility on program_session (id, facility_id);
create unique index enrollment_id_facility on enrollment (id, facility_id);
create unique index inmate_import_id_facility on inmate_import (id, facility_id);

alter table follow_up add constraint follow_up_meeting_facility
    foreign key (meeting_id, facility_id) references coordination_meeting (id, facility_id);
alter table program_session add constraint program_session_program_facility
    foreign key (program_id, facility_id) references program (id, facility_id);
alter table enrollment add constraint enrollment_program_facility
    foreign key (program_id, facility_id) references program (id, facility_id);
alter table enrollment add constraint enrollment_inmate_facility
    foreign key (inmate_id, facility_id) references inmate (id, facility_id);
alter table enrollment_event add constraint enrollment_event_enrollment_facility
    foreign key (enrollment_id, facility_id) references enrollment (id, facility_id);
alter table attendance add constraint attendance_session_facility
    foreign key (session_id, facility_id) references program_session (id, facility_id);
alter table attendance add constraint attendance_enrollment_facility
    foreign key (enrollment_id, facility_id) references enrollment (id, facility_id);
alter table completion_certificate add constraint completion_certificate_enrollment_facility
    foreign key (enrollment_id, facility_id) references enrollment (id, facility_id);
alter table inmate_import_row add constraint inmate_import_row_import_facility
    foreign key (import_id, facility_id) references inmate_import (id, facility_id) on delete cascade;

-- The facility of a record below another, from its parent when not given.
create function binaan_facility_of_parent() returns trigger
    language plpgsql as
$$
begin
    if new.facility_id is null then
        case tg_table_name
            when 'follow_up' then
                select m.facility_id into new.facility_id from coordination_meeting m where m.id = new.meeting_id;
            when 'program_session' then
                select p.facility_id into new.facility_id from program p where p.id = new.program_id;
            when 'enrollment' then
                select p.facility_id into new.facility_id from program p where p.id = new.program_id;
            when 'enrollment_event' then
                select e.facility_id into new.facility_id from enrollment e where e.id = new.enrollment_id;
            when 'attendance' then
                select s.facility_id into new.facility_id from program_session s where s.id = new.session_id;
            when 'completion_certificate' then
                select e.facility_id into new.facility_id from enrollment e where e.id = new.enrollment_id;
            when 'inmate_import_row' then
                select i.facility_id into new.facility_id from inmate_import i where i.id = new.import_id;
            end case;
    end if;
    return new;
end
$$;

create trigger follow_up_facility before insert on follow_up
    for each row execute function binaan_facility_of_parent();
create trigger program_session_facility before insert on program_session
    for each row execute function binaan_facility_of_parent();
create trigger enrollment_facility before insert on enrollment
    for each row execute function binaan_facility_of_parent();
create trigger enrollment_event_facility before insert on enrollment_event
    for each row execute function binaan_facility_of_parent();
create trigger attendance_facility before insert on attendance
    for each row execute function binaan_facility_of_parent();
create trigger completion_certificate_facility before insert on completion_certificate
    for each row execute function binaan_facility_of_parent();
create trigger inmate_import_row_facility before insert on inmate_import_row
    for each row execute function binaan_facility_of_parent();

-- Registration numbers are unique within a facility (a receiving facility gives its own).
drop index inmate_registration_number_uq;
create unique index inmate_registration_number_uq on inmate (facility_id, registration_number);

-- Lists and reports look within a facility first.
create index inmate_facility_status on inmate (facility_id, status);
create index program_facility_status on program (facility_id, status);
create index program_session_facility_date on program_session (facility_id, session_date);
create index enrollment_facility on enrollment (facility_id);
create index agreement_facility on agreement (facility_id);
create index coordination_meeting_facility on coordination_meeting (facility_id);
create index audit_event_facility on audit_event (facility_id, id);
create index inmate_facility_cell_block on inmate (facility_id, cell_block);
