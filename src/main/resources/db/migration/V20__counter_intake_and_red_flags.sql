-- Issue 21: who accompanied the person, documents uploaded before their step, red flags raised by desks and
-- settled by the coordinator, and the UNFOUNDED closure of a case.
alter table pd_application add column sponsor_name varchar(150);
alter table pd_application add column sponsor_relation varchar(16) check (sponsor_relation in ('FAMILY','RECRUITER','BROKER','OTHER'));
alter table pd_application add column sponsor_phone varchar(20);
alter table pd_application add column sponsor_agency_license varchar(64);

alter table pd_document add column verification_instance_id varchar(64);
alter table pd_document drop constraint pd_document_status_check;
alter table pd_document add constraint pd_document_status_check
    check (status in ('SUBMITTED','VERIFIED','REJECTED','FLAGGED','REPLACED'));

alter table pd_red_flag add column raised_by varchar(64);
alter table pd_red_flag add column reason varchar(500);
alter table pd_red_flag add column process_instance_id varchar(64);
alter table pd_red_flag add column resolution varchar(16) check (resolution in ('CONFIRMED','UNFOUNDED'));
alter table pd_red_flag add column resolved_at timestamp(6) with time zone;
alter table pd_red_flag add column resolved_by varchar(64);
alter table pd_red_flag add column resolution_reason varchar(500);

alter table pd_timeline_entry drop constraint pd_timeline_entry_event_check;
alter table pd_timeline_entry add constraint pd_timeline_entry_event_check
    check (event in ('SUBMITTED','REFUSED','STEP_COMPLETED','DOCUMENT_UPLOADED','DOCUMENT_VERIFIED','DOCUMENT_REJECTED',
                     'DESK_REMINDED','DESK_ESCALATED','RED_FLAG_RAISED','LAPSED','DOCUMENT_EXPIRES_BEFORE_DEPARTURE',
                     'ID_PMI_ISSUED','RED_FLAG_RESOLVED'));

alter table case_record add column sponsor_name varchar(150);
alter table case_record add column sponsor_relation varchar(16);
alter table case_record add column sponsor_phone varchar(20);
alter table case_record add column sponsor_agency_license varchar(64);
alter table case_record drop constraint case_record_outcome_check;
alter table case_record add constraint case_record_outcome_check
    check (outcome in ('RESOLVED','WAGES_RECOVERED','REPATRIATED','REFERRED_FOR_PROSECUTION','WITHDRAWN','UNFOUNDED'));
