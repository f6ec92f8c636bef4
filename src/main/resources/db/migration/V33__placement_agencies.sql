-- The P3MI registry (agency.PlacementAgency), kept by BP3MI and Disnaker
create table placement_agency (valid_from date not null, valid_until date not null, version bigint not null, updated_at timestamp(6) with time zone not null, status varchar(12) not null check ((status in ('ACTIVE','SUSPENDED','REVOKED'))), id varchar(36) not null, license_number varchar(64) not null unique, updated_by varchar(64) not null, name varchar(200) not null, primary key (id));
create table placement_agency_branch (regency_code varchar(4), agency_id varchar(36) not null);
alter table placement_agency_branch add constraint fk_agency_branch_agency foreign key (agency_id) references placement_agency;
