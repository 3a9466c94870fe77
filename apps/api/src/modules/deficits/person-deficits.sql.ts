import { currentResultsSql } from '../diagnostics/competence-results.reader';

/**
 * Deficits owns «a teacher has a professional deficit»: at least one of the person's current results per competence
 * (diagnostics' read model, as of a day) is at the DEFICIT level. «Assessed» is having any current result then.
 */
export const isAssessedAsOfSql = (personIdSql: string, asOfSql: string) =>
  `EXISTS (SELECT 1 FROM (${currentResultsSql({ person: `= ${personIdSql}`, asOf: asOfSql })}) pd_a)`;

export const hasDeficitAsOfSql = (personIdSql: string, asOfSql: string) =>
  `EXISTS (SELECT 1 FROM (${currentResultsSql({ person: `= ${personIdSql}`, asOf: asOfSql })}) pd_d WHERE pd_d.level = 'DEFICIT')`;
