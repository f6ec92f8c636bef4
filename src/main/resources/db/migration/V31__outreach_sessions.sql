-- Socialisation sessions held in villages by desks and MRC partners (outreach.OutreachSession)
create table outreach_session (attendance_female integer not null, attendance_male integer not null, held_on date not null, version bigint not null, holder_type varchar(8) not null check ((holder_type in ('DESK','PARTNER'))), village_code varchar(10) not null, holder varchar(32) not null, id varchar(36) not null, recorded_by varchar(64) not null, recorded_at timestamp(6) with time zone not null, notes varchar(2000), primary key (id));
create table outreach_topic (session_id varchar(36) not null, topic varchar(24) check ((topic in ('SAFE_MIGRATION','DOCUMENTS','FEES','RIGHTS_ABROAD','COMPLAINT_CHANNELS'))));
create index ix_outreach_holder on outreach_session (holder, held_on);
create index ix_outreach_village on outreach_session (village_code);
alter table outreach_topic add constraint fk_outreach_topic_session foreign key (session_id) references outreach_session;
