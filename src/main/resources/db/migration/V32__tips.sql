-- Community tips without a named victim (tip.Tip), verified by the police unit and BP3MI
create table tip (anonymous boolean not null, escalated boolean not null, due_at timestamp(6) with time zone not null, filed_at timestamp(6) with time zone not null, verified_at timestamp(6) with time zone, regency_code varchar(4), village_code varchar(10), channel varchar(12) not null check ((channel in ('MOBILE_APP','DESK','PARTNER'))), status varchar(12) not null check ((status in ('RECEIVED','VERIFIED','UNFOUNDED'))), filing_organisation varchar(32), case_id varchar(36), id varchar(36) not null, filed_by varchar(64), verified_by varchar(64), placement_agency_license varchar(64), process_instance_id varchar(64), contact varchar(200), recruiter_name varchar(200), finding varchar(2000), description varchar(4000) not null, primary key (id));
create index ix_tip_filed on tip (filed_at);
create index ix_tip_agency on tip (placement_agency_license);
-- A case opened by a verified tip, and the timeline step of a tip attached to a case
alter table case_record add column source_tip_id varchar(36);
alter table case_event drop constraint case_event_step_check;
alter table case_event add constraint case_event_step_check check ((step in ('REPORTED','CONSENT_RECORDED','TRIAGED','URGENT_ALERT','URGENT_RESPONSE','REFERRAL_OFFERED','REFERRAL_ACCEPTED','REFERRAL_DECLINED','REFERRAL_EXPIRED','REFERRAL_ESCALATED','REFERRAL_ARRANGED','NOTE_ADDED','FOLLOWED_UP','CLOSED','REOPENED','TIP_ATTACHED')));
