import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { CampaignMode, CampaignScopeKind, CampaignStatus, CombineRule, CompetenceLevel, DiagnosticItemKind, ResponseRole, ResponseStatus, ResultSource } from '@metodset/shared';
import { ConnectionType } from '../../../common/pagination/connection';
import { DiagnosticCampaignEntity } from '../diagnostic-campaign.entity';
import { CampaignStats, ParticipantRow, ResultRow } from '../diagnostics.repository';
import './diagnostics.enums';

@ObjectType('DiagnosticCampaignOrganization')
export class DiagnosticCampaignOrganizationObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('DiagnosticCampaign', { description: 'Диагностика (мониторинг затруднений): методика, охват, аудитория, сроки' })
export class DiagnosticCampaignObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => ID) instrumentId!: string;
  @Field() instrumentName!: string;
  @Field(() => CampaignMode) mode!: CampaignMode;
  @Field(() => CombineRule, { nullable: true }) combineRule!: CombineRule | null;
  @Field(() => Int) selfWeight!: number;
  @Field(() => CampaignScopeKind) scopeKind!: CampaignScopeKind;
  @Field(() => ID, { nullable: true }) networkId!: string | null;
  @Field(() => String, { nullable: true }) networkName!: string | null;
  @Field(() => ID, { nullable: true }) municipalityId!: string | null;
  @Field(() => String, { nullable: true }) municipalityName!: string | null;
  @Field(() => [ID], { description: 'ORGANIZATIONS scope: the organisations' }) organizationIds!: string[];
  @Field(() => [DiagnosticCampaignOrganizationObject], { description: 'ORGANIZATIONS scope: the organisations with names' }) organizations!: DiagnosticCampaignOrganizationObject[];
  @Field(() => Int, { nullable: true }) maxExperienceYears!: number | null;
  @Field(() => [String]) subjects!: string[];
  @Field() opensOn!: string;
  @Field() closesOn!: string;
  @Field(() => CampaignStatus) status!: CampaignStatus;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Int) participantsCount!: number;
  @Field(() => Int) selfSubmittedCount!: number;
  @Field(() => Int) expertSubmittedCount!: number;
  @Field(() => Int, { description: 'People with results' }) resultsCount!: number;
  @Field({ description: 'The caller runs this campaign (may change, open, close, import, see all participants)' }) canEdit!: boolean;

  static from(e: DiagnosticCampaignEntity, s: CampaignStats | undefined, canEdit: boolean): DiagnosticCampaignObject {
    const { id, name, description, instrumentId, mode, combineRule, selfWeight, scopeKind, networkId, municipalityId, maxExperienceYears, subjects, opensOn, closesOn, status, archivedAt } = e;
    return {
      ...{ id, name, description, instrumentId, mode, combineRule, selfWeight, scopeKind, networkId, municipalityId, maxExperienceYears, subjects, opensOn, closesOn, status, archivedAt },
      instrumentName: s?.instrumentName ?? '',
      networkName: s?.networkName ?? null,
      municipalityName: s?.municipalityName ?? null,
      organizationIds: s?.organizationIds ?? [],
      organizations: s?.organizations ?? [],
      participantsCount: s?.participants ?? 0,
      selfSubmittedCount: s?.selfSubmitted ?? 0,
      expertSubmittedCount: s?.expertSubmitted ?? 0,
      resultsCount: s?.withResults ?? 0,
      canEdit,
    };
  }
}

@ObjectType('DiagnosticInstrumentOption', { description: 'Действующая методика для диагностики' })
export class DiagnosticInstrumentOptionObject {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field(() => Int) version!: number;
  @Field() name!: string;
  @Field(() => Int) itemsCount!: number;
}

@ObjectType('DiagnosticParticipant', { description: 'Участник диагностики и состояние его анкет' })
export class DiagnosticParticipantObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) campaignId!: string;
  @Field(() => ID) personId!: string;
  @Field(() => ID) organizationId!: string;
  @Field() fullName!: string;
  @Field() organizationName!: string;
  @Field(() => ResponseStatus, { nullable: true, description: 'null: not started' }) selfStatus!: ResponseStatus | null;
  @Field(() => Date, { nullable: true }) selfSubmittedAt!: Date | null;
  @Field(() => ResponseStatus, { nullable: true }) expertStatus!: ResponseStatus | null;
  @Field(() => Date, { nullable: true }) expertSubmittedAt!: Date | null;

  static from = (r: ParticipantRow): DiagnosticParticipantObject => ({ ...r });
}

@ObjectType('MyDiagnostic', { description: 'Участие вызывающего в идущей диагностике' })
export class MyDiagnosticObject {
  @Field(() => ID) participantId!: string;
  @Field(() => ID) campaignId!: string;
  @Field() campaignName!: string;
  @Field() instrumentName!: string;
  @Field(() => CampaignMode) mode!: CampaignMode;
  @Field() opensOn!: string;
  @Field() closesOn!: string;
  @Field({ description: 'The campaign asks for a self-assessment' }) selfAssessment!: boolean;
  @Field(() => ResponseStatus, { nullable: true }) status!: ResponseStatus | null;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
}

@ObjectType('DiagnosticFormOption', { description: 'Вариант ответа (без балла: отвечающий его не видит)' })
export class DiagnosticItemOptionObject {
  @Field() key!: string;
  @Field() label!: string;
}

@ObjectType('DiagnosticFormItem', { description: 'Вопрос анкеты' })
export class DiagnosticFormItemObject {
  @Field(() => ID) id!: string;
  @Field(() => Int) position!: number;
  @Field(() => ID) competenceId!: string;
  @Field() competenceCode!: string;
  @Field() competenceName!: string;
  @Field(() => DiagnosticItemKind) kind!: DiagnosticItemKind;
  @Field() text!: string;
  @Field(() => Int, { nullable: true }) scaleMin!: number | null;
  @Field(() => Int, { nullable: true }) scaleMax!: number | null;
  @Field(() => [DiagnosticItemOptionObject]) options!: DiagnosticItemOptionObject[];
  @Field({ description: 'Scored items must be answered before submitting' }) required!: boolean;
}

@ObjectType('DiagnosticAnswer')
export class DiagnosticAnswerObject {
  @Field(() => ID) itemId!: string;
  @Field(() => Int, { nullable: true }) scale!: number | null;
  @Field(() => String, { nullable: true }) option!: string | null;
  @Field(() => [String], { nullable: true }) options!: string[] | null;
  @Field(() => String, { nullable: true }) text!: string | null;
}

@ObjectType('DiagnosticForm', { description: 'Анкета участника: вопросы, сохранённые ответы, состояние' })
export class DiagnosticFormObject {
  @Field(() => ID) participantId!: string;
  @Field(() => ResponseRole) role!: ResponseRole;
  @Field(() => ID) campaignId!: string;
  @Field() campaignName!: string;
  @Field() instrumentName!: string;
  @Field() instructions!: string;
  @Field() opensOn!: string;
  @Field() closesOn!: string;
  @Field() personName!: string;
  @Field() organizationName!: string;
  @Field(() => [DiagnosticFormItemObject]) items!: DiagnosticFormItemObject[];
  @Field(() => [DiagnosticAnswerObject]) answers!: DiagnosticAnswerObject[];
  @Field(() => ResponseStatus, { nullable: true }) status!: ResponseStatus | null;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => Date, { nullable: true }) savedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why the form cannot be filled now (not open yet, closed, late, already submitted); null: it can' })
  blockedReason!: string | null;
}

@ObjectType('CompetenceResult', { description: 'Результат педагога по компетенции' })
export class CompetenceResultObject {
  @Field(() => ID) campaignId!: string;
  @Field(() => String, { nullable: true }) campaignName?: string;
  @Field(() => ID) personId!: string;
  @Field(() => ID) competenceId!: string;
  @Field() competenceCode!: string;
  @Field() competenceName!: string;
  @Field(() => ResultSource) source!: ResultSource;
  @Field(() => Float, { description: '0–100 %' }) score!: number;
  @Field(() => CompetenceLevel) level!: CompetenceLevel;
  @Field() measuredOn!: string;

  static from = (r: ResultRow & { campaignName?: string }): CompetenceResultObject => ({ ...r });
}

@ObjectType('DiagnosticPersonResults', { description: 'Результаты одного педагога в диагностике' })
export class DiagnosticPersonResultsObject {
  @Field(() => DiagnosticParticipantObject) participant!: DiagnosticParticipantObject;
  @Field(() => [CompetenceResultObject]) results!: CompetenceResultObject[];
}

@ObjectType('DiagnosticResultsImportError', { description: 'Ошибка в строке файла' })
export class DiagnosticImportErrorObject {
  @Field(() => Int, { description: 'Номер строки, как в Excel (заголовок — строка 1)' }) line!: number;
  @Field(() => String, { nullable: true }) column!: string | null;
  @Field() message!: string;
}

@ObjectType('DiagnosticResultsImport', {
  description: 'Итог проверки или загрузки результатов внешней диагностики. Повторная загрузка обновляет результаты. При любой ошибке ничего не записывается.',
})
export class DiagnosticImportReportObject {
  @Field() dryRun!: boolean;
  @Field(() => Int, { description: 'Строк с данными' }) total!: number;
  @Field(() => Int, { description: 'Новых результатов' }) created!: number;
  @Field(() => Int, { description: 'Обновлённых результатов' }) updated!: number;
  @Field(() => Int, { description: 'Новых участников' }) participantsAdded!: number;
  @Field(() => [DiagnosticImportErrorObject]) errors!: DiagnosticImportErrorObject[];
}

@ObjectType('DiagnosticResultsTemplate', { description: 'Пустой шаблон XLSX для загрузки результатов' })
export class DiagnosticResultsTemplateObject {
  @Field() fileName!: string;
  @Field() contentBase64!: string;
}

export const DiagnosticCampaignConnection = ConnectionType(DiagnosticCampaignObject, 'DiagnosticCampaign');
export const DiagnosticParticipantConnection = ConnectionType(DiagnosticParticipantObject, 'DiagnosticParticipant');
export const DiagnosticPersonResultsConnection = ConnectionType(DiagnosticPersonResultsObject, 'DiagnosticPersonResults');
