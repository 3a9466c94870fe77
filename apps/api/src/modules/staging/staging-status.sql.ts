/**
 * The organisation statuses that follow from staging sites — staging owns this fact, organisation reads it here.
 * A live site (not archived, today within its period) gives its host the status of its kind for every year from
 * the site's first year to this one: STAGING_SITE, SUPPORT_SITE, or an innovation site of its level. An expired
 * site (past its end date) gives nothing: the status leaves with it. `STAGING_SITE`/`SUPPORT_SITE` are never
 * stored in organization_status (ck_organization_status_not_derived); innovation statuses may be entered by hand
 * too, and a hand-entered one wins over the derived one of the same kind and year.
 */
export const DERIVED_SITE_STATUS_KINDS = ['STAGING_SITE', 'SUPPORT_SITE'] as const;

const KIND = `(CASE ds.kind WHEN 'INNOVATION_SITE' THEN (CASE ds.level WHEN 'REGIONAL' THEN 'REGIONAL_INNOVATION_SITE' ELSE 'MUNICIPAL_INNOVATION_SITE' END)
                 ELSE ds.kind::text END)`;

/** Rows (id, organization_id, kind text, year, source, site_id) of the derived statuses. */
export const DERIVED_SITE_STATUSES_SQL = `
  SELECT md5(ds.id::text || ':' || y)::uuid AS id, ds.organization_id, ${KIND} AS kind, y AS year,
         left('Площадка «' || ds.theme || '»' || COALESCE(', приказ № ' || ds.order_number, '') || COALESCE(' от ' || ds.order_date, ''), 500) AS source,
         ds.id AS site_id
    FROM staging_site ds
    CROSS JOIN LATERAL generate_series(extract(year FROM ds.starts_on)::int, extract(year FROM CURRENT_DATE)::int) y
   WHERE ds.archived_at IS NULL AND CURRENT_DATE BETWEEN ds.starts_on AND ds.ends_on`;

/**
 * The one read model of organisation statuses: entered statuses and those derived from live sites, one row per
 * (organisation, kind, year), the entered one first. Columns: id, organization_id, kind (text), year, source, site_id.
 */
export const ORGANIZATION_STATUSES_SQL = `
  SELECT DISTINCT ON (st.organization_id, st.kind, st.year) st.id, st.organization_id, st.kind, st.year, st.source, st.site_id
    FROM (SELECT os.id, os.organization_id, os.kind::text AS kind, os.year, os.source, NULL::uuid AS site_id FROM organization_status os
          UNION ALL ${DERIVED_SITE_STATUSES_SQL}) st
   ORDER BY st.organization_id, st.kind, st.year, st.site_id NULLS FIRST, st.id`;
