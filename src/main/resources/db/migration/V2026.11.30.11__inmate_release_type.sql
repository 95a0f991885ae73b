-- DESIGN.md rule 3: a release is recorded with its type. Releases recorded before there was a type get OTHER.
alter table inmate add column release_type varchar(30)
    check (release_type in ('BEBAS_MURNI', 'PEMBEBASAN_BERSYARAT', 'CUTI_BERSYARAT', 'CUTI_MENJELANG_BEBAS',
                            'PUTUSAN_PENGADILAN', 'OTHER'));
update inmate set release_type = 'OTHER' where status = 'RELEASED';
alter table inmate add constraint inmate_release_typed check ((status = 'RELEASED') = (release_type is not null));
