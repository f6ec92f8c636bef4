-- An accepted referral is done when the partner records what it provided and when (casework.Referral)
alter table referral add column delivery_due_at timestamp(6) with time zone;
alter table referral add column delivered_on date;
alter table referral add column delivered_what varchar(1000);
alter table referral add column delivered_at timestamp(6) with time zone;
alter table referral add column delivered_by varchar(64);
alter table referral drop constraint referral_status_check;
alter table referral add constraint referral_status_check check ((status in ('OFFERED','ACCEPTED','DECLINED','EXPIRED','DELIVERED','UNDELIVERED')));
-- Return and reintegration services partners offer
alter table partner_service drop constraint partner_service_service_check;
alter table partner_service add constraint partner_service_service_check check ((service in ('INFORMATION','COUNSELLING','CASE_ADVOCACY','PSYCHOSOCIAL_SUPPORT','LEGAL_ADVICE','MEDIATION','LITIGATION','ACCOMPANIMENT','CONSULAR_ASSISTANCE','REPATRIATION','INVESTIGATION','WITNESS_PROTECTION','SHELTER','MEDICAL_CARE','RETURN_OF_REMAINS','ECONOMIC_REINTEGRATION','PSYCHOSOCIAL_REINTEGRATION')));
-- Delivery, overdue delivery and the return home on a case's timeline
alter table case_event drop constraint case_event_step_check;
alter table case_event add constraint case_event_step_check check ((step in ('REPORTED','CONSENT_RECORDED','TRIAGED','URGENT_ALERT','URGENT_RESPONSE','REFERRAL_OFFERED','REFERRAL_ACCEPTED','REFERRAL_DECLINED','REFERRAL_EXPIRED','REFERRAL_ESCALATED','REFERRAL_ARRANGED','NOTE_ADDED','FOLLOWED_UP','CLOSED','REOPENED','TIP_ATTACHED','REFERRAL_DELIVERED','REFERRAL_UNDELIVERED','RETURNED_HOME')));
