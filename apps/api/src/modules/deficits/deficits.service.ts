import { Injectable } from '@nestjs/common';
import { CampaignStatus, HeatmapLevel } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { Actor } from '../../common/auth/actor';
import { AccessService } from '../../common/access/access.service';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, fieldError, notFound } from '../../common/errors/errors';
import { heatmapGrid, pairByCode, round1, share } from './deficits-rules';
import { CampaignRow, CompetenceRow, DeficitsRepository } from './deficits.repository';
import { CampaignComparisonInput, DeficitHeatmapInput } from './dto/deficits.input';
import {
  CampaignComparisonObject,
  DeficitAreaObject,
  DeficitCampaignObject,
  DeficitHeatmapCellObject,
  DeficitHeatmapObject,
  DeficitOptionsObject,
  PersonCompetenceProfileObject,
} from './dto/deficits.object';

export const campaignObject = (c: CampaignRow): DeficitCampaignObject => ({ ...c, status: c.status as CampaignStatus });

/** Columns of a heatmap: competences grouped by area, in framework order. */
export function groupByArea(competences: readonly CompetenceRow[]): DeficitAreaObject[] {
  const areas = new Map<string, DeficitAreaObject>();
  for (const c of competences) {
    const area = areas.get(c.areaId) ?? { id: c.areaId, code: c.areaCode, name: c.areaName, competences: [] };
    area.competences.push(c);
    areas.set(c.areaId, area);
  }
  return [...areas.values()];
}

/**
 * Views of deficits and proficits built from the results of the diagnostics: a person's profile, heatmaps of
 * territories and organisations with drill-down to people, and before/after comparisons. Staff see the people and
 * organisations of their scope; a teacher sees their own profile only.
 */
@Injectable()
export class DeficitsService {
  constructor(
    private readonly repo: DeficitsRepository,
    private readonly access: AccessService,
    private readonly uow: UnitOfWork,
  ) {}

  async options(actor: Actor): Promise<DeficitOptionsObject> {
    const m = this.uow.reader;
    const frameworks = await this.repo.frameworks(m);
    const competences = await this.repo.competencesOfMany(m, frameworks.map((f) => f.id));
    return {
      frameworks: frameworks.map((f) => ({ ...f, areas: groupByArea(competences.filter((c) => c.frameworkId === f.id)) })),
      campaigns: (await this.repo.campaigns(m, actor.scope, actor.user.personId)).map(campaignObject),
      municipalities: await this.repo.municipalities(m, actor.scope),
      networks: await this.repo.networks(m, actor.scope),
    };
  }

  private async campaign(m: EntityManager, actor: Actor, id: string, frameworkId?: string, field = 'campaignId'): Promise<CampaignRow> {
    const c = await this.repo.campaign(m, actor.scope, actor.user.personId, id);
    if (!c) throw notFound('Кампания не найдена');
    if (frameworkId && c.frameworkId !== frameworkId) throw fieldError(field, 'Кампания проводилась по другой рамке компетенций');
    return c;
  }

  async profile(actor: Actor, personId: string, frameworkId: string | null, campaignId: string | null): Promise<PersonCompetenceProfileObject> {
    const m = this.uow.reader;
    await this.access.require(m, actor.user, 'results.read', personId, 'Педагог не найден');
    const fullName = (await this.repo.personName(m, personId)) ?? '';
    if (campaignId) await this.campaign(m, actor, campaignId, frameworkId ?? undefined);
    const rows = await this.repo.profile(m, personId, frameworkId, campaignId);
    const frameworks = await this.repo.frameworksByIds(m, [...new Set(rows.map((r) => r.frameworkId))]);
    return {
      personId,
      fullName,
      frameworks,
      items: rows.map((r) => ({
        competence: { id: r.competenceId, code: r.competenceCode, name: r.competenceName, areaId: r.areaId, areaCode: r.areaCode, areaName: r.areaName },
        frameworkId: r.frameworkId,
        score: Number(r.score),
        level: r.level,
        source: r.source,
        measuredOn: r.measuredOn,
        campaignId: r.campaignId,
        campaignName: r.campaignName,
      })),
    };
  }

  async heatmap(actor: Actor, input: DeficitHeatmapInput): Promise<DeficitHeatmapObject> {
    const m = this.uow.reader;
    const chosen = [input.regionId, input.municipalityId, input.organizationIds?.length ? input.organizationIds : null, input.networkId].filter((x) => !!x);
    if (chosen.length > 1) throw fieldError('municipalityId', 'Выберите что-то одно: регион, муниципалитет, организации или сеть');
    const framework = await this.repo.framework(m, input.frameworkId);
    if (!framework) throw fieldError('frameworkId', 'Рамка компетенций не найдена');
    const campaign = input.campaignId ? await this.campaign(m, actor, input.campaignId, framework.id) : null;
    if (!(await this.repo.placesVisible(m, actor.scope, input))) throw notFound('Территория или организации не найдены');
    const level = input.municipalityId || input.organizationIds?.length || input.networkId ? HeatmapLevel.ORGANIZATION : HeatmapLevel.MUNICIPALITY;
    const counts = await this.repo.heatmap(m, actor.scope, { ...input, frameworkId: framework.id, campaignId: campaign?.id ?? null, level });
    const totals = new Map(counts.filter((c) => c.competenceId === null).map((c) => [c.rowId, c.assessed]));
    const names = await this.repo.rowNames(m, level, [...totals.keys()]);
    const areas = groupByArea(await this.repo.competencesOf(m, framework.id));
    const rows = names.map((r) => ({ ...r, assessed: totals.get(r.id) ?? 0 }));
    const cells = counts
      .filter((c): c is typeof c & { competenceId: string } => c.competenceId !== null)
      .map((c) => ({
        rowId: c.rowId,
        competenceId: c.competenceId,
        assessed: c.assessed,
        deficits: c.deficits,
        proficits: c.proficits,
        deficitShare: share(c.deficits, c.assessed),
        proficitShare: share(c.proficits, c.assessed),
        meanScore: round1(c.mean) ?? 0,
      }));
    return {
      level,
      framework,
      campaign: campaign && campaignObject(campaign),
      areas,
      rows,
      cells,
      grid: heatmapGrid(
        rows.map((r) => r.id),
        areas.flatMap((a) => a.competences.map((c) => c.id)),
        cells,
      ),
    };
  }

  async heatmapCell(actor: Actor, organizationId: string, competenceId: string, campaignId: string | null): Promise<DeficitHeatmapCellObject> {
    const m = this.uow.reader;
    await this.access.require(m, actor.user, 'organization.results', organizationId, 'Организация не найдена');
    const organization = (await this.repo.organizationNames(m, [organizationId]))[0];
    const [competence] = await this.repo.competencesByIds(m, [competenceId]);
    if (!competence) throw notFound('Компетенция не найдена');
    if (campaignId) await this.campaign(m, actor, campaignId, competence.frameworkId);
    const people = await this.repo.cellPeople(m, actor.scope, actor.user.personId, { frameworkId: competence.frameworkId, organizationId, competenceId, campaignId });
    return { organization, competence, people: people.map((p) => ({ ...p, score: Number(p.score) })) };
  }

  async comparison(actor: Actor, input: CampaignComparisonInput): Promise<CampaignComparisonObject> {
    const m = this.uow.reader;
    const problems = [];
    if (input.beforeCampaignId === input.afterCampaignId) problems.push({ field: 'afterCampaignId', message: 'Выберите две разные кампании' });
    if (input.personId && input.organizationId) problems.push({ field: 'organizationId', message: 'Выберите педагога или организацию, не то и другое' });
    if (problems.length) throw badInput(problems);
    const before = await this.campaign(m, actor, input.beforeCampaignId);
    const after = await this.campaign(m, actor, input.afterCampaignId);
    if (input.personId) await this.access.require(m, actor.user, 'results.read', input.personId, 'Педагог не найден');
    if (input.organizationId) await this.access.require(m, actor.user, 'organization.results', input.organizationId, 'Организация не найдена');
    const sides = await this.repo.comparison(m, actor.scope, {
      callerPersonId: actor.user.personId,
      beforeCampaignId: before.id,
      afterCampaignId: after.id,
      personId: input.personId ?? null,
      organizationId: input.organizationId ?? null,
    });
    const rows = pairByCode(
      sides.filter((s) => s.campaignId === before.id),
      sides.filter((s) => s.campaignId === after.id),
    );
    return {
      before: campaignObject(before),
      after: campaignObject(after),
      rows: rows.map((r) => {
        const beforeMean = r.before ? round1(r.before.mean) : null;
        const afterMean = r.after ? round1(r.after.mean) : null;
        return {
          code: r.code,
          name: r.name,
          areaName: r.areaName,
          assessed: Math.max(r.before?.assessed ?? 0, r.after?.assessed ?? 0),
          beforeMean,
          afterMean,
          beforeDeficitShare: r.before ? share(r.before.deficits, r.before.assessed) : null,
          afterDeficitShare: r.after ? share(r.after.deficits, r.after.assessed) : null,
          delta: beforeMean !== null && afterMean !== null ? round1(afterMean - beforeMean) : null,
          beforeLevel: input.personId ? (r.before?.level ?? null) : null,
          afterLevel: input.personId ? (r.after?.level ?? null) : null,
        };
      }),
    };
  }
}
