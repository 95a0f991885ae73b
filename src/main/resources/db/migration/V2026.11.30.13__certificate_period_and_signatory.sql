-- DESIGN.md rule 5: a certificate states the period from the first to the last held session, the JP attended of
-- the JP held, and the facility head who signs it (name and NIP), as they were when it was issued. Certificates
-- issued before keep what they said.
alter table completion_certificate add column period_from date;
alter table completion_certificate add column period_to date;
alter table completion_certificate add column jp_held integer;
alter table completion_certificate add column signatory_name varchar(200);
alter table completion_certificate add column signatory_nip varchar(30);
