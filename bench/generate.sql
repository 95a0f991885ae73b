-- Fills a migrated, empty Binaan database with synthetic data at a chosen shape.
-- Variables (psql -v): shape ('one': every record in the facility the migration made; 'national': 530 facilities in
-- 33 regions), inmates, programs, per_program (enrollments per program) and partners of the first facility (for
-- 'national', the first facility gets exactly these, so that its pages can be compared with the same pages of a
-- database that holds only that facility; the other 529 facilities get 100 to 3,000 inmates each, skewed as real
-- ones are, and share the partners of their region).
-- Every program has 40 sessions; each enrollment has attendance in up to 8 held sessions, so
-- attendance rows ~= 7 x enrollments. Run by bench/generate.sh, which migrates the schema first.
\set ON_ERROR_STOP on
\timing on
-- Foreign keys are checked by construction below; skipping the per-row checks (and the triggers that give a
-- child its parent's facility: every facility_id is written here) makes the load minutes instead of hours
-- (superuser only). The audit chain trigger is not involved: no audit rows.
set session_replication_role = replica;
set synchronous_commit = off;
set maintenance_work_mem = '512MB';

begin;

-- Names: Indonesian given names and family names, combined (about 60 x 60 x 60 spellings).
create temp table given_name (n int primary key, v text);
insert into given_name
select row_number() over (), v from unnest(string_to_array(
 'Abdul,Ahmad,Andi,Agus,Ali,Amir,Anwar,Arif,Asri,Aswar,Bahar,Basri,Budi,Darmawan,Dedi,Eko,Fajar,Firman,Hamzah,Hasan,'
 'Hendra,Ilham,Iwan,Jufri,Kamaruddin,Lukman,Mansur,Muhammad,Nasrul,Nur,Rahmat,Rizal,Rudi,Saiful,Sakti,Syamsul,'
 'Taufik,Umar,Wahyu,Yusuf,Zainal,Irwan,Haris,Akbar,Baso,Daeng,Muh.,Rahman,Rusli,Sudirman,Siti,Nurhayati,Hasnah,'
 'Rosmini,Fatimah,Marlina,Kasmawati,Sitti,Andi Tenri,Wati', ',')) v;
create temp table family_name (n int primary key, v text);
insert into family_name
select row_number() over (), v from unnest(string_to_array(
 'Rahman,Hasanuddin,Saputra,Pratama,Wijaya,Syarifuddin,Kadir,Latif,Ramli,Malik,Nawir,Baharuddin,Amiruddin,Jafar,'
 'Mappatunru,Pawelloi,Sanusi,Tahir,Yunus,Said,Karim,Hamid,Salim,Ismail,Kurniawan,Setiawan,Hidayat,Nugroho,Santoso,'
 'Gunawan,Siregar,Nasution,Lubis,Harahap,Simanjuntak,Sinaga,Tanjung,Putra,Daeng Ngalle,Daeng Tata,Arsyad,Mustafa,'
 'Idris,Anshar,Sulaiman,Nurdin,Rasyid,Halim,Hakim,Basir,Rauf,Usman,Majid,Zakaria,Bachtiar,Rusdi,Fadli,Akib,Syam,Kasim', ',')) v;

-- The plan: per facility its inmates, programs and enrollments per program, and where its ids start.
insert into region (id, name)
select g, 'Kanwil Wilayah ' || g from generate_series(2, 33) g where :'shape' = 'national';
select setval(pg_get_serial_sequence('region', 'id'), (select max(id) from region));
insert into facility (id, code, name, type, region_id, zone, head_name, head_nip)
select g, 'UPT-' || lpad(g::text, 3, '0'),
       (array['Lapas Kelas IIA ','Rutan Kelas IIB ','Lapas Kelas IIB ','Rutan Kelas I ','LPKA Kelas II ','LPP Kelas III '])
           [1 + g % 6] || 'Kota ' || g,
       (array['LAPAS','RUTAN','LAPAS','RUTAN','LPKA','LPP'])[1 + g % 6],
       1 + (g - 2) % 33,
       case when 1 + (g - 2) % 33 <= 18 then 'Asia/Jakarta' when 1 + (g - 2) % 33 <= 28 then 'Asia/Makassar'
            else 'Asia/Jayapura' end,
       'Kepala ' || g, lpad((196801012000031000 + g)::text, 18, '0')
  from generate_series(2, 530) g where :'shape' = 'national';
select setval(pg_get_serial_sequence('facility', 'id'), (select max(id) from facility));

create temp table plan (facility_id bigint primary key, region_id bigint, inmates int, programs int, per_program int,
                        partner_from int, partner_count int, inmate_offset int, program_offset int);
insert into plan (facility_id, region_id, inmates, programs, per_program, partner_from, partner_count)
select f.id, f.region_id, :inmates, :programs, :per_program, 1, :partners from facility f where f.id = (select min(id) from facility);
-- the other facilities: u spreads 0..1 evenly (a permutation), u^6 skews the sizes towards small ones (mean ~510)
insert into plan (facility_id, region_id, inmates, programs, per_program, partner_from, partner_count)
select f.id, f.region_id, n, ceil(n * 5.5 / pp)::int, pp,
       -- the partners of the region: nine of them, shared by its facilities
       1 + ((f.region_id - 1) * 9) % 300, 9
  from facility f
 cross join lateral (select 100 + floor(2900 * power(((f.id - 2) * 7919 % 529) / 529.0, 6))::int as n) s
 cross join lateral (select least(150, greatest(20, n / 10)) as pp) q
 where :'shape' = 'national' and f.id <> (select min(id) from facility);
update plan p set inmate_offset = o.io, program_offset = o.po
  from (select facility_id, coalesce(sum(inmates) over w, 0) io, coalesce(sum(programs) over w, 0) po
          from plan window w as (order by facility_id rows between unbounded preceding and 1 preceding)) o
 where o.facility_id = p.facility_id;
analyze plan;
select count(*) facilities, sum(inmates) inmates, sum(programs) programs, sum(programs * per_program) enrollments from plan;

-- Partners: BPVP, Disdikbud and PKBM/LPK, named after places.
insert into partner (id, name, type, address, contact_person, phone, email, active)
select g,
       case when g % 10 = 0 then 'BPVP Wilayah ' || g
            when g % 10 in (1, 2) then 'Dinas Pendidikan dan Kebudayaan ' || g
            when g % 10 in (3, 4, 5, 6) then 'PKBM Harapan ' || g
            else 'LPK Terampil ' || g end,
       case when g % 10 = 0 then 'BPVP' when g % 10 in (1, 2) then 'DISDIKBUD'
            when g % 10 in (3, 4, 5, 6) then 'PKBM' else 'LPK' end,
       'Jl. Poros No. ' || g, 'Kontak ' || g, '0811' || lpad(g::text, 6, '0'), 'mitra' || g || '@example.id',
       g % 50 <> 49
  from generate_series(1, (select max(partner_from + partner_count - 1) from plan)) g;
select setval(pg_get_serial_sequence('partner', 'id'), (select max(id) from partner));

-- Accounts: the administrator made at the first start (the admin's hash is copied, so every
-- generated account has the same password), staff, and one liaison per partner.
-- the staff work in the first facility (the one bench/run.sh measures)
insert into user_account (username, password_hash, full_name, role, facility_id)
select 'petugas' || g, (select password_hash from user_account where username = 'admin'),
       'Petugas ' || g, 'STAFF', (select min(id) from facility)
  from generate_series(1, 2) g;
-- fifty more staff accounts that bench/run.sh signs in, one session each, to load the pages as many users
insert into user_account (username, password_hash, full_name, role, facility_id)
select 'staf' || g, (select password_hash from user_account where username = 'admin'), 'Staf Uji ' || g, 'STAFF',
       (select min(id) from facility)
  from generate_series(1, 50) g;
insert into user_account (username, password_hash, full_name, role, partner_id)
select 'mitra' || g, (select password_hash from user_account where username = 'admin'),
       'Penghubung Mitra ' || g, 'PARTNER', g
  from generate_series(1, (select max(id) from partner)) g;
-- fifty regional officers of the first facility's region and fifty national officers, for the overviews
insert into user_account (username, password_hash, full_name, role, region_id)
select 'wilayah' || g, (select password_hash from user_account where username = 'admin'), 'Petugas Kanwil ' || g,
       'REGIONAL', (select region_id from facility where id = (select min(id) from facility))
  from generate_series(1, 50) g;
insert into user_account (username, password_hash, full_name, role)
select 'nasional' || g, (select password_hash from user_account where username = 'admin'), 'Petugas Pusat ' || g,
       'NATIONAL'
  from generate_series(1, 50) g;

-- Inmates: 8 % women, 30 % remand (tahanan), 85 % still here, admitted over five years.
insert into inmate (id, facility_id, person_id, registration_number, full_name, nik, birth_date, sex, legal_status,
                    education, cell_block, admission_date, expected_release_date, status, status_date, release_type,
                    transfer_destination)
select g, facility_id, g,
       case when tahanan then 'A.I ' else 'B.I ' end || g || '/' || extract(year from admitted)::int,
       (select v from given_name where n = 1 + (g * 7 + g / 13) % 60) || ' '
           || (select v from family_name where n = 1 + (g * 31 + g / 7) % 60)
           || case when g % 3 = 0 then ' bin ' || (select v from given_name where n = 1 + (g / 3) % 41) else '' end,
       case when g % 5 = 0 then null else '73' || lpad((g::bigint * 7919 % 100000000000000)::text, 14, '0') end,
       date '1960-01-01' + (g * 37 % 16000),
       case when woman then 'FEMALE' else 'MALE' end,
       case when tahanan then 'TAHANAN' else 'NARAPIDANA' end,
       (array['NONE','SD','SD','SMP','SMP','SMP','SMA','SMA','SMA','DIPLOMA','SARJANA','PAKET_A','PAKET_B','PAKET_C'])[1 + g % 14],
       case when woman then 'Blok Wanita' else 'Blok ' || chr(65 + g % 12) || (1 + g % 7) end,
       admitted,
       case when g % 11 = 0 then null else admitted + 200 + (g * 13 % 2000) end,
       case when leaving = 0 then 'RELEASED' when leaving = 1 then 'TRANSFERRED' else 'ACTIVE' end,
       case when leaving in (0, 1) then admitted + 100 + g % 200 end,
       case when leaving = 0 then (array['BEBAS_MURNI','PEMBEBASAN_BERSYARAT','CUTI_BERSYARAT'])[1 + g % 3] end,
       case when leaving = 1 then 'Lapas Kelas I Makassar' end
  from (select g, pl.facility_id, g % 25 = 0 or g % 12 = 1 as woman, g % 10 < 3 as tahanan,
               date '2021-12-01' + (g * 17 % 1700) as admitted,
               case when g % 20 < 2 then 0 when g % 20 = 2 then 1 else 2 end as leaving
          from plan pl cross join generate_series(pl.inmate_offset + 1, pl.inmate_offset + pl.inmates) g) x;
select setval(pg_get_serial_sequence('inmate', 'id'), (select max(id) from inmate));

-- Programs: two thirds vocational trainings, one third equivalency classes, spread over 2025-2027;
-- status follows the dates (today: 2026-11-28). Capacity 500, the schema's maximum, so that
-- running programs can hold their actives.
insert into program (id, facility_id, kind, partner_id, title, start_date, end_date, capacity, location, instructor, target_jp,
                     status, vocation, certification_scheme, completion_threshold_percent, level, grade, academic_year,
                     semester)
select g, facility_id, kind, partner_from + g % partner_count,
       case when kind = 'TRAINING' then (array['Pelatihan Menjahit','Pelatihan Las Listrik','Pelatihan Barista',
             'Pelatihan Otomotif','Pelatihan Tata Boga','Pelatihan Pertukangan Kayu','Pelatihan Komputer',
             'Pelatihan Budidaya Ikan'])[1 + g % 8] || ' Angkatan ' || g
            else 'Kelas ' || (array['Paket A','Paket B','Paket C'])[1 + g % 3] || ' Rombel ' || g end,
       starts, starts + 69, 500, 'Ruang ' || (1 + g % 9), 'Instruktur ' || g, 80,
       case when starts + 69 < date '2026-11-28' then 'COMPLETED'
            when starts <= date '2026-11-28' then 'RUNNING'
            when g % 2 = 0 then 'OPEN' else 'PLANNED' end,
       case when kind = 'TRAINING' then 'Kejuruan ' || (1 + g % 8) end,
       case when kind = 'TRAINING' then 'Skema KKNI Level II' end,
       80,
       case when kind = 'EQUIVALENCY' then (array['PAKET_A','PAKET_B','PAKET_C'])[1 + g % 3] end,
       case when kind = 'EQUIVALENCY' then (array[4, 8, 11])[1 + g % 3] end,
       case when kind = 'EQUIVALENCY' then extract(year from starts)::int || '/' || (extract(year from starts)::int + 1) end,
       case when kind = 'EQUIVALENCY' then 1 + g % 2 end
  from (select g, pl.facility_id, pl.partner_from, pl.partner_count,
               case when g % 3 = 0 then 'EQUIVALENCY' else 'TRAINING' end as kind,
               -- 85 % in the past, the rest running or ahead
               case when g % 20 < 17 then date '2025-01-06' + (g * 7 % 600)
                    else date '2026-09-25' + (g * 11 % 180) end as starts
          from plan pl cross join generate_series(pl.program_offset + 1, pl.program_offset + pl.programs) g) x;
select setval(pg_get_serial_sequence('program', 'id'), (select max(id) from program));

-- Agreements: one per facility and partner it works with, valid through the two years.
insert into agreement (facility_id, partner_id, number, title, scope, signed_on, valid_from, valid_until)
select facility_id, partner_id, 'PKS/' || facility_id || '/' || partner_id || '/2025',
       'Perjanjian kerja sama pembinaan ' || facility_id || '-' || partner_id,
       case when partner_id % 10 in (1, 2) then 'EDUCATION' else 'TRAINING' end,
       date '2024-12-20', date '2025-01-01', date '2026-12-31' + (partner_id % 4)::int * 90
  from (select distinct facility_id, partner_id from program) x;

-- Sessions: 40 per program, two hours (2 JP) every other weekday-ish; past ones held
-- (1 in 20 cancelled), future ones scheduled. Held ones confirmed by the partner's liaison.
insert into program_session (program_id, facility_id, session_date, start_time, end_time, topic, jp, status, cancel_reason,
                             confirmed_by, confirmed_at, jp_delivered)
select p.id, p.facility_id, d, time '08:00' + (p.id % 3) * interval '2 hours', time '10:00' + (p.id % 3) * interval '2 hours',
       'Pertemuan ' || s, 2,
       case when d >= date '2026-11-28' then 'SCHEDULED' when (p.id + s) % 20 = 0 then 'CANCELLED' else 'HELD' end,
       case when d < date '2026-11-28' and (p.id + s) % 20 = 0 then 'INSTRUCTOR_UNAVAILABLE' end,
       case when d < date '2026-11-28' and (p.id + s) % 20 <> 0 and s % 4 <> 0 then 'mitra' || p.partner_id end,
       case when d < date '2026-11-28' and (p.id + s) % 20 <> 0 and s % 4 <> 0 then d + time '16:00' end,
       case when d < date '2026-11-28' and (p.id + s) % 20 <> 0 and s % 4 <> 0 then 2 end
  from program p
  cross join generate_series(0, 39) s
  cross join lateral (select p.start_date + (s * 7 / 4) as d) dd
 order by p.id, s;

-- Enrollments: per_program per program, distinct inmates in each. Past programs: completed (70 %)
-- or withdrawn; running: up to 60 % of capacity active, some waitlisted, the rest withdrawn; ahead:
-- up to half of capacity active, the rest waitlisted.
insert into enrollment (program_id, facility_id, inmate_id, status, requested_at, enrolled_on, activated_on, ended_on, end_reason,
                        outcome, certificate_number, created_by)
select p.id, p.facility_id, pl.inmate_offset + 1 + (p.id * 1237 + k) % pl.inmates, st,
       (p.start_date - 20 + k % 15)::timestamp + interval '9 hours' + k * interval '1 second',
       p.start_date - 20 + k % 15,
       case when st <> 'WAITLISTED' then p.start_date - 5 end,
       case when st = 'COMPLETED' then p.end_date when st = 'WITHDRAWN' then p.start_date + k % 60 end,
       case when st = 'COMPLETED' then 'COMPLETED' when st = 'WITHDRAWN' then
            (array['RELEASED','TRANSFERRED','OWN_REQUEST','DISCIPLINARY','HEALTH','OTHER'])[1 + k % 6] end,
       case when st = 'COMPLETED' then
            case when p.kind = 'TRAINING' then case when k % 9 = 0 then 'BELUM_KOMPETEN' else 'KOMPETEN' end
                 else case when k % 9 = 0 then 'TIDAK_LULUS' else 'LULUS' end end end,
       case when st = 'COMPLETED' and p.kind = 'TRAINING' and k % 9 <> 0 then 'SERT/' || p.id || '/' || k end,
       'petugas' || (1 + k % 2)
  from program p
  join plan pl on pl.facility_id = p.facility_id
  cross join generate_series(0, pl.per_program - 1) k
  cross join lateral (select case
        when p.status = 'COMPLETED' then case when k % 10 < 7 then 'COMPLETED' else 'WITHDRAWN' end
        when p.status = 'RUNNING' then case when k < least(p.capacity * 6 / 10, pl.per_program * 6 / 10) then 'ACTIVE'
                                            when k % 5 = 0 then 'WAITLISTED' else 'WITHDRAWN' end
        else case when k < least(p.capacity / 2, pl.per_program / 2) then 'ACTIVE' else 'WAITLISTED' end end as st) s
 order by p.id, k;

insert into enrollment_event (enrollment_id, facility_id, occurred_at, actor, from_status, to_status, step)
select id, facility_id, requested_at, created_by, null, case when status = 'WAITLISTED' then 'WAITLISTED' else 'ACTIVE' end,
       'REQUESTED'
  from enrollment;

-- Attendance: each non-waitlisted enrollment in the held sessions of one block of 8 consecutive
-- sessions (its place in the program mod 5 picks the block): 80 % present, the rest excused or absent.
create temp table session_index as
select id, program_id, session_date, status, row_number() over (partition by program_id order by session_date, id) - 1 as n
  from program_session;
create index on session_index (program_id, n);
analyze session_index;
create temp table enrollment_index as
select id, program_id, row_number() over (partition by program_id order by id) - 1 as k
  from enrollment where status <> 'WAITLISTED';
analyze enrollment_index;
insert into attendance (session_id, enrollment_id, facility_id, status, absence_reason, recorded_by, recorded_at)
select s.id, e.id, p.facility_id, st, case when st <> 'PRESENT' then (array['SICK','COURT_HEARING','FAMILY_VISIT','OTHER'])[1 + (e.id + s.id) % 4] end,
       'mitra' || p.partner_id, s.session_date + time '12:00'
  from enrollment_index e
  join program p on p.id = e.program_id
  join session_index s on s.program_id = e.program_id and s.n between (e.k % 5) * 8 and (e.k % 5) * 8 + 7
                       and s.status = 'HELD'
  cross join lateral (select case when (e.id * 7 + s.id) % 10 < 8 then 'PRESENT'
                                  when (e.id + s.id) % 2 = 0 then 'EXCUSED' else 'ABSENT' end as st) a;

-- One in ten also attended the first session after its block (a make-up session), which brings the
-- national scale above ten million rows.
insert into attendance (session_id, enrollment_id, facility_id, status, absence_reason, recorded_by, recorded_at)
select s.id, e.id, p.facility_id, 'PRESENT', null, 'mitra' || p.partner_id, s.session_date + time '12:00'
  from enrollment_index e
  join program p on p.id = e.program_id
  join session_index s on s.program_id = e.program_id and s.n = (e.k % 5) * 8 + 8 and s.status = 'HELD'
 where e.k % 10 = 0;

commit;
set session_replication_role = origin;
analyze;
select (select count(*) from facility) facilities, (select count(*) from region) regions, (select count(*) from inmate) inmates, (select count(*) from program) programs,
       (select count(*) from program_session) sessions, (select count(*) from enrollment) enrollments,
       (select count(*) from attendance) attendance, (select count(*) from partner) partners;
select binaan_recount_facility_tally();
