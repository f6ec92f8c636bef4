-- Indonesia's administrative areas (Kemendagri codes, digits only). The rows are not in this script: the
-- application loads them from region/regions.tsv.gz when the table is empty (region.RegionLoader, docs/regions.md).
create table region (code varchar(10) not null, level varchar(10) not null check ((level in ('PROVINCE','REGENCY','DISTRICT','VILLAGE'))), name varchar(100) not null, primary key (code));
-- The village a worker lives in and a case comes from
alter table worker add column village_code varchar(10);
alter table case_record add column village_code varchar(10);
