-- A short note beside an absence, above all for the reason "other" (DESIGN.md: "with a note for OTHER").
alter table attendance add column absence_note varchar(200);
alter table attendance add constraint attendance_note check (status <> 'PRESENT' or absence_note is null);
