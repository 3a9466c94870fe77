import { Injectable } from '@nestjs/common';
import { STAGING_SITE_KIND_LABELS, STAGING_SITE_LEVEL_LABELS } from '@metodset/shared';
import { EntityManager, In, IsNull, SelectQueryBuilder } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';
import { stagingSiteReadCondition } from '../../common/access/rules/staging.rules';
import { Connection } from '../../common/pagination/connection';
import { byLabel, orderedPage, OrderColumns, PageRequest, SortDirection } from '../../common/pagination/order';
import { ArchiveFilter } from '../organization/dto/organizations.args';
import { escapeLike } from '../organization/organization.repository';
import { StagingSiteFilter, StagingSiteOrder, StagingSiteOrderField } from './dto/staging.args';
import { InternshipModuleCompetenceEntity, InternshipModuleEntity } from './internship-module.entity';
import { InternshipProgramEntity } from './internship-program.entity';
import { InternshipTrackEntity, InternshipTrackModuleEntity } from './internship-track.entity';
import { StagingSiteCompetenceEntity, StagingSiteMasterEntity } from './staging-site-links.entity';
import { StagingSiteEntity } from './staging-site.entity';
import { siteStateSql } from './staging-state';

const HOST_NAME = '(SELECT COALESCE(oh.short_name, oh.name) FROM organization oh WHERE oh.id = s.organization_id)';
const ORDER: OrderColumns<StagingSiteOrderField> = {
  THEME: { sql: 's.theme', type: 'text' },
  HOST: { sql: HOST_NAME, type: 'text' },
  MUNICIPALITY: { sql: '(SELECT mh.name FROM organization oh2 JOIN municipality mh ON mh.id = oh2.municipality_id WHERE oh2.id = s.organization_id)', type: 'text' },
  KIND: { sql: byLabel('s.kind', STAGING_SITE_KIND_LABELS), type: 'text' },
  LEVEL: { sql: byLabel('s.level', STAGING_SITE_LEVEL_LABELS), type: 'text' },
  STARTS_ON: { sql: 's.starts_on', type: 'date' },
  ENDS_ON: { sql: 's.ends_on', type: 'date' },
};
const DEFAULT_ORDER: StagingSiteOrder = { field: StagingSiteOrderField.THEME, direction: SortDirection.ASC };

export interface SiteHostRow {
  siteId: string;
  id: string;
  name: string;
  shortName: string | null;
  municipalityId: string;
  municipalityName: string;
}

export interface SitePersonRow {
  siteId: string;
  personId: string;
  isMasterTeacher: boolean;
}

/** All SQL of staging sites and their programmes. Reads are scoped with the `staging.read` condition. */
@Injectable()
export class StagingRepository {
  private scoped(m: EntityManager, scope: AccessScope): SelectQueryBuilder<StagingSiteEntity> {
    const cond = stagingSiteReadCondition(scope, 's');
    return m.getRepository(StagingSiteEntity).createQueryBuilder('s').where(cond.sql, cond.params);
  }

  page(m: EntityManager, scope: AccessScope, f: StagingSiteFilter | undefined, order: StagingSiteOrder | undefined, page: PageRequest): Promise<Connection<StagingSiteEntity>> {
    const qb = this.scoped(m, scope);
    const archived = f?.archived ?? ArchiveFilter.ACTIVE;
    if (archived === ArchiveFilter.ACTIVE) qb.andWhere('s.archived_at IS NULL');
    if (archived === ArchiveFilter.ARCHIVED) qb.andWhere('s.archived_at IS NOT NULL');
    if (f?.kind) qb.andWhere('s.kind = :fKind', { fKind: f.kind });
    if (f?.level) qb.andWhere('s.level = :fLevel', { fLevel: f.level });
    if (f?.state) qb.andWhere(`${siteStateSql('s')} = :fState`, { fState: f.state });
    if (f?.organizationId) qb.andWhere('s.organization_id = :fOrg', { fOrg: f.organizationId });
    if (f?.municipalityId) {
      qb.andWhere('EXISTS (SELECT 1 FROM organization fmo WHERE fmo.id = s.organization_id AND fmo.municipality_id = :fMun)', { fMun: f.municipalityId });
    }
    if (f?.competenceId) {
      // The same competence in any version of its framework (codes are stable across versions), on the site or a live module.
      qb.andWhere(
        `EXISTS (SELECT 1 FROM competence fc JOIN competency_framework ff ON ff.id = fc.framework_id
                   JOIN competence fc2 ON fc2.code = fc.code JOIN competency_framework ff2 ON ff2.id = fc2.framework_id AND ff2.code = ff.code
                  WHERE fc.id = :fComp
                    AND (fc2.id IN (SELECT fsc.competence_id FROM staging_site_competence fsc WHERE fsc.site_id = s.id)
                      OR fc2.id IN (SELECT fmc.competence_id FROM internship_module_competence fmc
                                      JOIN internship_module fm ON fm.id = fmc.module_id AND fm.archived_at IS NULL
                                      JOIN internship_program fp ON fp.id = fm.program_id AND fp.archived_at IS NULL
                                     WHERE fp.site_id = s.id)))`,
        { fComp: f.competenceId },
      );
    }
    if (f?.search?.trim()) {
      qb.andWhere(
        `(s.theme ILIKE :fSearch OR s.description ILIKE :fSearch
          OR EXISTS (SELECT 1 FROM organization fso WHERE fso.id = s.organization_id AND (fso.name ILIKE :fSearch OR fso.short_name ILIKE :fSearch))
          OR EXISTS (SELECT 1 FROM internship_program fsp WHERE fsp.site_id = s.id AND fsp.archived_at IS NULL AND fsp.title ILIKE :fSearch))`,
        { fSearch: `%${escapeLike(f.search.trim())}%` },
      );
    }
    return orderedPage(qb, 's.id', ORDER, order ?? DEFAULT_ORDER, page);
  }

  findSite(m: EntityManager, scope: AccessScope, id: string, lock = false): Promise<StagingSiteEntity | null> {
    const qb = this.scoped(m, scope).andWhere('s.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['s']);
    return qb.getOne();
  }

  siteById = (m: EntityManager, id: string) => m.getRepository(StagingSiteEntity).findOneBy({ id });

  async insertSite(m: EntityManager, values: Partial<StagingSiteEntity>): Promise<StagingSiteEntity> {
    const res = await m.getRepository(StagingSiteEntity).insert(values);
    return m.getRepository(StagingSiteEntity).findOneByOrFail({ id: (res.identifiers[0] as { id: string }).id });
  }

  async updateSite(m: EntityManager, id: string, values: Partial<StagingSiteEntity>): Promise<StagingSiteEntity> {
    await m.getRepository(StagingSiteEntity).update({ id }, values);
    return m.getRepository(StagingSiteEntity).findOneByOrFail({ id });
  }

  async replaceSiteLinks(m: EntityManager, siteId: string, masterIds: readonly string[], competenceIds: readonly string[]): Promise<void> {
    await m.getRepository(StagingSiteMasterEntity).delete({ siteId });
    await m.getRepository(StagingSiteCompetenceEntity).delete({ siteId });
    if (masterIds.length) await m.getRepository(StagingSiteMasterEntity).insert(masterIds.map((personId) => ({ siteId, personId })));
    if (competenceIds.length) await m.getRepository(StagingSiteCompetenceEntity).insert(competenceIds.map((competenceId) => ({ siteId, competenceId })));
  }

  /** Master and competence ids of sites, for audit snapshots. */
  async siteLinks(m: EntityManager, siteId: string): Promise<{ masterIds: string[]; competenceIds: string[] }> {
    const masters = await m.getRepository(StagingSiteMasterEntity).findBy({ siteId });
    const comps = await m.getRepository(StagingSiteCompetenceEntity).findBy({ siteId });
    return { masterIds: masters.map((x) => x.personId).sort(), competenceIds: comps.map((x) => x.competenceId).sort() };
  }

  /** Host organisations of sites with their municipality, in one statement. */
  hosts(m: EntityManager, siteIds: readonly string[]): Promise<SiteHostRow[]> {
    if (!siteIds.length) return Promise.resolve([]);
    return m.query(
      `SELECT s.id AS "siteId", o.id, o.name, o.short_name AS "shortName", mu.id AS "municipalityId", mu.name AS "municipalityName"
         FROM staging_site s JOIN organization o ON o.id = s.organization_id JOIN municipality mu ON mu.id = o.municipality_id
        WHERE s.id = ANY($1::uuid[])`,
      [siteIds],
    );
  }

  /** Heads (`role` HEAD) and masters of sites, masters by name, in one statement. */
  people(m: EntityManager, siteIds: readonly string[]): Promise<(SitePersonRow & { role: 'HEAD' | 'MASTER' })[]> {
    if (!siteIds.length) return Promise.resolve([]);
    return m.query(
      `SELECT x."siteId", x."personId", x.role, p.is_master_teacher AS "isMasterTeacher"
         FROM (SELECT s.id AS "siteId", s.head_person_id AS "personId", 'HEAD' AS role FROM staging_site s
                WHERE s.id = ANY($1::uuid[]) AND s.head_person_id IS NOT NULL
               UNION ALL
               SELECT sm.site_id, sm.person_id, 'MASTER' FROM staging_site_master sm WHERE sm.site_id = ANY($1::uuid[])) x
         JOIN person p ON p.id = x."personId"
        ORDER BY p.last_name, p.first_name, p.id`,
      [siteIds],
    );
  }

  /** Competence ids of sites (`ownerId` = site) or of modules (`ownerId` = module), in one statement. */
  async competenceIds(m: EntityManager, owner: 'site' | 'module', ids: readonly string[]): Promise<{ ownerId: string; competenceId: string }[]> {
    if (!ids.length) return [];
    const [table, col] = owner === 'site' ? ['staging_site_competence', 'site_id'] : ['internship_module_competence', 'module_id'];
    return m.query(
      `SELECT l.${col} AS "ownerId", l.competence_id AS "competenceId" FROM ${table} l JOIN competence c ON c.id = l.competence_id
        WHERE l.${col} = ANY($1::uuid[]) ORDER BY c.position, c.name`,
      [ids],
    );
  }

  /** «Педагог-мастер» flags of people (person owns the flag; the working group is built from it). */
  async masterFlags(m: EntityManager, personIds: readonly string[]): Promise<Map<string, boolean>> {
    if (!personIds.length) return new Map();
    const rows: { id: string; flag: boolean }[] = await m.query('SELECT id, is_master_teacher AS flag FROM person WHERE id = ANY($1::uuid[])', [personIds]);
    return new Map(rows.map((r) => [r.id, r.flag]));
  }

  /** Competences that exist, among these ids. */
  async existingCompetences(m: EntityManager, ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { id: string }[] = await m.query('SELECT id FROM competence WHERE id = ANY($1::uuid[])', [ids]);
    return new Set(rows.map((r) => r.id));
  }

  // ---- programmes, modules, tracks ----

  programsOf(m: EntityManager, siteIds: readonly string[], withArchived: boolean): Promise<InternshipProgramEntity[]> {
    if (!siteIds.length) return Promise.resolve([]);
    return m.getRepository(InternshipProgramEntity).find({
      where: { siteId: In([...siteIds]), ...(withArchived ? {} : { archivedAt: IsNull() }) },
      order: { title: 'ASC', id: 'ASC' },
    });
  }

  /** A programme whose site the caller reads. */
  async findProgram(m: EntityManager, scope: AccessScope, id: string, lock = false): Promise<InternshipProgramEntity | null> {
    const cond = stagingSiteReadCondition(scope, 's');
    const qb = m
      .getRepository(InternshipProgramEntity)
      .createQueryBuilder('p')
      .innerJoin(StagingSiteEntity, 's', 's.id = p.site_id')
      .where('p.id = :id', { id })
      .andWhere(cond.sql, cond.params);
    if (lock) qb.setLock('pessimistic_write', undefined, ['p']);
    return qb.getOne();
  }

  programById = (m: EntityManager, id: string) => m.getRepository(InternshipProgramEntity).findOneByOrFail({ id });

  async insertProgram(m: EntityManager, values: Partial<InternshipProgramEntity>): Promise<InternshipProgramEntity> {
    const res = await m.getRepository(InternshipProgramEntity).insert(values);
    return this.programById(m, (res.identifiers[0] as { id: string }).id);
  }

  async updateProgram(m: EntityManager, id: string, values: Partial<InternshipProgramEntity>): Promise<InternshipProgramEntity> {
    await m.getRepository(InternshipProgramEntity).update({ id }, values);
    return this.programById(m, id);
  }

  /** The programme a module or a track belongs to. */
  async programIdOf(m: EntityManager, table: 'internship_module' | 'internship_track', id: string): Promise<string | null> {
    const rows: { programId: string }[] = await m.query(`SELECT program_id AS "programId" FROM ${table} WHERE id = $1`, [id]);
    return rows[0]?.programId ?? null;
  }

  modulesOf(m: EntityManager, programIds: readonly string[], withArchived: boolean): Promise<InternshipModuleEntity[]> {
    if (!programIds.length) return Promise.resolve([]);
    return m.getRepository(InternshipModuleEntity).find({
      where: { programId: In([...programIds]), ...(withArchived ? {} : { archivedAt: IsNull() }) },
      order: { position: 'ASC', id: 'ASC' },
    });
  }

  moduleById = (m: EntityManager, id: string) => m.getRepository(InternshipModuleEntity).findOneByOrFail({ id });

  async insertModule(m: EntityManager, values: Partial<InternshipModuleEntity>, competenceIds: readonly string[]): Promise<InternshipModuleEntity> {
    const res = await m.getRepository(InternshipModuleEntity).insert(values);
    const id = (res.identifiers[0] as { id: string }).id;
    await this.replaceModuleCompetences(m, id, competenceIds);
    return this.moduleById(m, id);
  }

  async updateModule(m: EntityManager, id: string, values: Partial<InternshipModuleEntity>, competenceIds?: readonly string[]): Promise<InternshipModuleEntity> {
    await m.getRepository(InternshipModuleEntity).update({ id }, values);
    if (competenceIds) await this.replaceModuleCompetences(m, id, competenceIds);
    return this.moduleById(m, id);
  }

  private async replaceModuleCompetences(m: EntityManager, moduleId: string, competenceIds: readonly string[]): Promise<void> {
    await m.getRepository(InternshipModuleCompetenceEntity).delete({ moduleId });
    if (competenceIds.length) await m.getRepository(InternshipModuleCompetenceEntity).insert(competenceIds.map((competenceId) => ({ moduleId, competenceId })));
  }

  /** Renumbers the live modules of a programme 1..n in the given order (archived ones follow). */
  async renumberModules(m: EntityManager, programId: string, orderedIds: readonly string[]): Promise<void> {
    await m.query(
      `UPDATE internship_module im SET position = x.pos
         FROM (SELECT id, (row_number() OVER (ORDER BY COALESCE(array_position($2::uuid[], id), 100000), position, id))::int AS pos
                 FROM internship_module WHERE program_id = $1) x
        WHERE im.id = x.id AND im.position <> x.pos`,
      [programId, orderedIds],
    );
  }

  tracksOf(m: EntityManager, programIds: readonly string[], withArchived: boolean): Promise<InternshipTrackEntity[]> {
    if (!programIds.length) return Promise.resolve([]);
    return m.getRepository(InternshipTrackEntity).find({
      where: { programId: In([...programIds]), ...(withArchived ? {} : { archivedAt: IsNull() }) },
      order: { kind: 'ASC', name: 'ASC', id: 'ASC' },
    });
  }

  trackModules(m: EntityManager, trackIds: readonly string[]): Promise<InternshipTrackModuleEntity[]> {
    if (!trackIds.length) return Promise.resolve([]);
    return m.getRepository(InternshipTrackModuleEntity).find({ where: { trackId: In([...trackIds]) }, order: { position: 'ASC' } });
  }

  trackById = (m: EntityManager, id: string) => m.getRepository(InternshipTrackEntity).findOneByOrFail({ id });

  async insertTrack(m: EntityManager, values: Partial<InternshipTrackEntity>, moduleIds: readonly string[]): Promise<InternshipTrackEntity> {
    const res = await m.getRepository(InternshipTrackEntity).insert(values);
    const id = (res.identifiers[0] as { id: string }).id;
    await this.replaceTrackModules(m, id, moduleIds);
    return this.trackById(m, id);
  }

  async updateTrack(m: EntityManager, id: string, values: Partial<InternshipTrackEntity>, moduleIds?: readonly string[]): Promise<InternshipTrackEntity> {
    await m.getRepository(InternshipTrackEntity).update({ id }, values);
    if (moduleIds) await this.replaceTrackModules(m, id, moduleIds);
    return this.trackById(m, id);
  }

  private async replaceTrackModules(m: EntityManager, trackId: string, moduleIds: readonly string[]): Promise<void> {
    await m.getRepository(InternshipTrackModuleEntity).delete({ trackId });
    if (moduleIds.length) await m.getRepository(InternshipTrackModuleEntity).insert(moduleIds.map((moduleId, i) => ({ trackId, moduleId, position: i + 1 })));
  }
}
