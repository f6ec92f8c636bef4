-- Family members' accounts linked to a worker's record (worker.FamilyLink)
create table family_link (linked_at timestamp(6) with time zone not null, relation varchar(16) not null check ((relation in ('SPOUSE','FATHER','MOTHER','GUARDIAN','CHILD','SIBLING','OTHER'))), basis varchar(16) not null check ((basis in ('WORKER_CONSENT','DESK'))), id varchar(36) not null, worker_id varchar(36) not null, account_username varchar(64) not null, linked_by varchar(64) not null, primary key (id));
create index ix_family_link_account on family_link (account_username, worker_id);
create index ix_family_link_worker on family_link (worker_id);
