import type { SeedFact, SeedFactTarget } from '../seed-facts';
import { ORDER_527_KEY } from './documents.data';

const doc = (key: string, column: string, expected: string | null): SeedFactTarget => ({ kind: 'field', table: 'document', key: `demo:doc:${key}`, column, expected });
const task = (n: number, column: string, expected: string | null): SeedFactTarget => ({ kind: 'field', table: 'document_task', key: `demo:doc-task:527-${n}`, column, expected });
const O527 = ORDER_527_KEY.replace('demo:doc:', '');

/** The documents the programmes cite, and the points of order №527 (seed 003). */
export const DOCUMENT_FACTS: SeedFact[] = [
  { seed: '003', quote: '25.08.2022 № 527', target: doc(O527, 'number', '527') },
  { seed: '003', quote: '25.08.2022 № 527', target: doc(O527, 'issued_on', '2022-08-25') },
  {
    seed: '003',
    quote: 'Об утверждении проекта сетевого взаимодействия с МОУ «СОШ №35 с УИОП» г. Воркуты в рамках реализации федерального проекта «500+»',
    target: doc(O527, 'title', 'Об утверждении проекта сетевого взаимодействия с МОУ «СОШ №35 с УИОП» г. Воркуты в рамках реализации федерального проекта «500+»'),
  },
  { seed: '003', quote: 'Директор М.С.Балашова', target: doc(O527, 'issuer', 'Директор М.С.Балашова') },
  {
    seed: '003',
    quote: '**ПРИКАЗЫВАЮ:** 1. Утвердить проект',
    target: { kind: 'query', description: 'order №527 has its five points', sql: `SELECT count(*) = 5 AS ok FROM document_task t JOIN document d ON d.id = t.document_id WHERE d.external_id = '${ORDER_527_KEY}'` },
  },
  { seed: '003', quote: 'Осиповой Е.В., заместителю директора, ознакомить педагогический коллектив с дорожной картой проекта в срок до 01.09.2022', target: task(4, 'due_on', '2022-09-01') },
  { seed: '003', quote: 'Осиповой Е.В., заместителю директора, ознакомить', target: task(4, 'responsible_text', 'Осиповой Е.В., заместителю директора') },
  { seed: '003', quote: '«Несформированность внутришкольной системы повышения квалификации») в срок до 01.09.2022', target: task(5, 'due_on', '2022-09-01') },
  { seed: '003', quote: 'Степанову Н.В., технику, разместить проект', target: task(5, 'responsible_text', 'Степанову Н.В., технику') },
  { seed: '003', quote: 'возложить на Осипову Е.В., заместителя директора', target: task(3, 'responsible_text', 'Осипову Е.В., заместителя директора') },
  {
    seed: '003',
    quote: 'Осиповой Е.В., заместителю директора, ознакомить',
    target: {
      kind: 'query',
      description: 'points 3 and 4 name Осипова Е.В., point 5 Степанов Н.В., as responsible; the seed states no execution, so every point stays planned',
      sql: `SELECT (SELECT array_agg(t.number || p.external_id ORDER BY t.position) FROM document_task t JOIN document_task_responsible r ON r.task_id = t.id
                     JOIN person p ON p.id = r.person_id JOIN document d ON d.id = t.document_id WHERE d.external_id = '${ORDER_527_KEY}')
                  = ARRAY['3.demo:person:11-vorkuta-sosh12-osipova', '4.demo:person:11-vorkuta-sosh12-osipova', '5.demo:person:11-vorkuta-sosh12-stepanov']
                AND NOT EXISTS (SELECT 1 FROM document_task t JOIN document d ON d.id = t.document_id WHERE d.external_id = '${ORDER_527_KEY}' AND (t.status <> 'PLANNED' OR t.result <> '')) AS ok`,
    },
  },
  { seed: '002', quote: 'от 30 декабря 2020 № 201', target: doc('47-podp-komitet-order-201', 'issued_on', '2020-12-30') },
  { seed: '002', quote: 'Утвержден приказом Комитета образования Администрации МО «Подпорожский муниципальный район Ленинградской области» от 30 декабря 2020 № 201', target: doc('47-podp-komitet-order-201', 'number', '201') },
  { seed: '001', quote: 'Указом Президента РФ от 27 июня 2022 г. N 401 "О проведении в Российской Федерации Года педагога и наставника"', target: doc('fed-ukaz-401-2022', 'issued_on', '2022-06-27') },
  { seed: '001', quote: 'Распоряжение Минпросвещения России от 25.12.2019 N P-145', target: doc('fed-minpros-r-145-2019', 'number', 'P-145') },
  { seed: '001', quote: 'Письмо Минпросвещения России N АЗ-1128/08', target: doc('fed-minpros-az-1128-08', 'issued_on', null) },
  { seed: '001', quote: 'Письмо Мин.просвещения России от 23.01.2020 №MP-42/-02', target: doc('fed-minpros-mr-42-02-2020', 'issued_on', '2020-01-23') },
  { seed: '004', quote: 'Федеральный закон «Об образовании в Российской Федерации» от 29.12.2012 №273-ФЗ', target: doc('fed-law-273-fz', 'number', '273-ФЗ') },
  { seed: '004', quote: 'Федеральный закон «Об образовании в Российской Федерации» от 29.12.2012 №273-ФЗ', target: doc('fed-law-273-fz', 'issued_on', '2012-12-29') },
  { seed: '004', quote: 'Указ президента Российской Федерации от 7 мая 2018 года № 204', target: doc('fed-ukaz-204-2018', 'issued_on', '2018-05-07') },
  { seed: '004', quote: 'Приказ Минтруда России № 544н от 18 октября 2013 г.', target: doc('fed-mintrud-544n-2013', 'issued_on', '2013-10-18') },
  { seed: '004', quote: 'России) от 17 декабря 2010 г. № 1897 г.', target: doc('fed-minobr-1897-2010', 'issued_on', '2010-12-17') },
  { seed: '004', quote: 'Распоряжение Правительства Российской Федерации от 29. 05.2015 №996-р', target: doc('fed-rasp-996-r-2015', 'issued_on', '2015-05-29') },
  { seed: '004', quote: 'Постановление от 5 октября 2015 года N 939 главы администрации (губернатора) Краснодарского края', target: doc('23-post-939-2015', 'issued_on', '2015-10-05') },
  { seed: '004', quote: 'Краснодарского края «5» февраля 2019 г. № 073-2019-E50023-1', target: doc('23-agreement-uchitel-budushchego', 'number', '073-2019-E50023-1') },
  { seed: '004', quote: 'Приказ ГБОУ ИРО Краснодарского края № 47/1 от 26.02.2019 г.', target: doc('23-iro-order-47-1-2019', 'issued_on', '2019-02-26') },
  { seed: '004', quote: 'Приказ ГБОУ ИРО Краснодарского края № 25 от 31.01.2019 "Об утверждении положения о краевом ресурсном центре общего образования"', target: doc('23-iro-order-25-2019', 'title', 'Об утверждении положения о краевом ресурсном центре общего образования') },
  { seed: '004', quote: 'Положение о муниципальной стажировочной площадке', target: doc('23-tim-reg-staging', 'level', 'MUNICIPAL') },
  { seed: '004', quote: 'Положение о координационном совете', target: doc('23-tim-reg-council', 'issued_on', null) },
  {
    seed: '004',
    quote: 'Формирование банка документов федерального, регионального, муниципального уровней',
    target: {
      kind: 'query',
      description: 'the Timashevsk programme’s lists are in the bank by level: 13 federal, 8 regional (6 + orders № 47/1 and № 25 of 4.5), 8 municipal; no file is invented',
      sql: `SELECT (SELECT count(*) FROM document WHERE external_id LIKE 'demo:doc:23-tim-%' AND level = 'MUNICIPAL') = 8
                AND (SELECT count(*) FROM document WHERE external_id LIKE 'demo:doc:23-%' AND level = 'REGIONAL') = 8
                AND NOT EXISTS (SELECT 1 FROM document WHERE external_id LIKE 'demo:doc:%' AND (file_name IS NOT NULL OR illustrative)) AS ok`,
    },
  },
];
