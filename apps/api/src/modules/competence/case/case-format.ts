import { FieldError } from '../../../common/errors/errors';
import { CODE_PATTERN } from '../dto/competence.input';

/**
 * 1EdTech CASE 1.1 (Competencies and Academic Standards Exchange) packages of a competency framework: a CFPackage
 * with the CFDocument (the framework), CFItems (areas, competences, indicators) and CFAssociations `isChildOf`
 * (origin: the child, destination: its parent, the document for an area). Pure functions, no I/O.
 */

export interface IndicatorNode {
  id?: string;
  /** The CASE identifier (an imported package's, or the one kept from an earlier import). */
  caseId?: string | null;
  code: string;
  name: string;
}
export interface CompetenceNode {
  id?: string;
  /** The CASE identifier (an imported package's, or the one kept from an earlier import). */
  caseId?: string | null;
  code: string;
  name: string;
  description: string;
  indicators: IndicatorNode[];
}
export interface AreaNode {
  id?: string;
  /** The CASE identifier (an imported package's, or the one kept from an earlier import). */
  caseId?: string | null;
  code: string;
  name: string;
  competences: CompetenceNode[];
}
export interface FrameworkTree {
  id?: string;
  /** The CASE identifier (an imported package's, or the one kept from an earlier import). */
  caseId?: string | null;
  code: string;
  version?: number;
  name: string;
  description: string;
  lastChange?: Date;
  areas: AreaNode[];
}

export interface CaseLink {
  title: string;
  identifier: string;
  uri: string;
}
export interface CaseItem {
  identifier: string;
  uri: string;
  fullStatement: string;
  humanCodingScheme?: string;
  notes?: string;
  CFItemType?: string;
  language?: string;
  lastChangeDateTime: string;
  CFDocumentURI?: CaseLink;
}
export interface CaseAssociation {
  identifier: string;
  uri: string;
  associationType: string;
  sequenceNumber?: number;
  originNodeURI: CaseLink;
  destinationNodeURI: CaseLink;
  lastChangeDateTime: string;
  CFDocumentURI?: CaseLink;
}
export interface CasePackage {
  CFDocument: {
    identifier: string;
    uri: string;
    creator: string;
    title: string;
    description?: string;
    version?: string;
    adoptionStatus?: string;
    language?: string;
    lastChangeDateTime: string;
    CFPackageURI?: CaseLink;
  };
  CFItems: CaseItem[];
  CFAssociations: CaseAssociation[];
}

export const CASE_ITEM_TYPES = { area: 'Область компетенций', competence: 'Компетенция', indicator: 'Индикатор' } as const;
export const CASE_LIMITS = { items: 5000, chars: 5_000_000 } as const;
const CREATOR = 'Методсеть';
const uri = (id: string) => `urn:uuid:${id}`;

/** A deterministic UUID (v5-shaped) for things the framework has no row for: the associations. */
function derivedId(seed: string): string {
  // FNV-1a over the seed, four rounds, shaped as a UUID (version 5 bits, RFC 4122 variant).
  const words: number[] = [];
  for (let round = 0; round < 4; round++) {
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0;
    words.push(h >>> 0);
  }
  const hex = words.map((w) => w.toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The CASE 1.1 package of a framework tree: identifiers are the ones it was imported with, else the rows' UUIDs. */
export function toCasePackage(tree: Required<Pick<FrameworkTree, 'id' | 'version'>> & FrameworkTree): CasePackage {
  const when = (tree.lastChange ?? new Date(0)).toISOString();
  const docId = tree.caseId ?? tree.id;
  const doc: CaseLink = { title: tree.name, identifier: docId, uri: uri(docId) };
  const items: CaseItem[] = [];
  const associations: CaseAssociation[] = [];
  const item = (id: string, type: keyof typeof CASE_ITEM_TYPES, code: string, name: string, notes?: string): CaseLink => {
    items.push({
      identifier: id,
      uri: uri(id),
      fullStatement: name,
      humanCodingScheme: code,
      ...(notes ? { notes } : {}),
      CFItemType: CASE_ITEM_TYPES[type],
      language: 'ru',
      lastChangeDateTime: when,
      CFDocumentURI: doc,
    });
    return { title: name, identifier: id, uri: uri(id) };
  };
  const childOf = (child: CaseLink, parent: CaseLink, sequenceNumber: number) => {
    const id = derivedId(`${child.identifier}>${parent.identifier}`);
    associations.push({
      identifier: id,
      uri: uri(id),
      associationType: 'isChildOf',
      sequenceNumber,
      originNodeURI: child,
      destinationNodeURI: parent,
      lastChangeDateTime: when,
      CFDocumentURI: doc,
    });
  };
  tree.areas.forEach((a, ai) => {
    const area = item(a.caseId ?? a.id!, 'area', a.code, a.name);
    childOf(area, doc, ai + 1);
    a.competences.forEach((c, ci) => {
      const competence = item(c.caseId ?? c.id!, 'competence', c.code, c.name, c.description || undefined);
      childOf(competence, area, ci + 1);
      c.indicators.forEach((i, ii) => childOf(item(i.caseId ?? i.id!, 'indicator', i.code, i.name), competence, ii + 1));
    });
  });
  return {
    CFDocument: {
      identifier: docId,
      uri: uri(docId),
      creator: CREATOR,
      title: tree.name,
      ...(tree.description ? { description: tree.description } : {}),
      version: String(tree.version),
      adoptionStatus: 'Adopted',
      language: 'ru',
      lastChangeDateTime: when,
      CFPackageURI: doc,
    },
    CFItems: items,
    CFAssociations: associations,
  };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const text = (x: unknown): string => (typeof x === 'string' ? x.trim() : '');
const identifierOf = (link: unknown): string => (isObject(link) ? text(link['identifier']) : '');

/** Limits of the framework's own fields, by level (as the forms of the SPA check them). */
const NAME_MAX = { area: 300, competence: 500, indicator: 1000 } as const;
const LEVEL_NAME = { area: 'области', competence: 'компетенции', indicator: 'индикатора' } as const;

/**
 * Reads a CASE 1.1 package into a framework tree: areas are the items that are children of the document, competences
 * their children, indicators the children of competences. Every problem is a field error in Russian, its path in
 * the package (`CFItems.3.humanCodingScheme`, `CFAssociations.7.destinationNodeURI`); nothing is returned half-read.
 */
export function fromCasePackage(raw: unknown): { tree: FrameworkTree | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field, message });
  if (!isObject(raw) || !isObject(raw['CFDocument'])) {
    fail('CFDocument', 'Это не пакет CASE 1.1: нет объекта CFDocument');
    return { tree: null, errors };
  }
  const docRaw = raw['CFDocument'];
  const docId = text(docRaw['identifier']);
  const title = text(docRaw['title']);
  if (!docId) fail('CFDocument.identifier', 'Нет идентификатора документа (identifier)');
  if (!title) fail('CFDocument.title', 'Нет названия рамки (title)');
  else if (title.length > 300) fail('CFDocument.title', 'Название рамки — не длиннее 300 символов');
  const description = text(docRaw['description']) || text(docRaw['notes']);
  if (description.length > 5000) fail('CFDocument.description', 'Описание — не длиннее 5000 символов');
  const itemsRaw = raw['CFItems'];
  const assocRaw = raw['CFAssociations'] ?? [];
  if (!Array.isArray(itemsRaw) || !itemsRaw.length) fail('CFItems', 'В пакете нет элементов CFItems: загружать нечего');
  if (!Array.isArray(assocRaw)) fail('CFAssociations', 'CFAssociations — не список');
  if (Array.isArray(itemsRaw) && itemsRaw.length > CASE_LIMITS.items) fail('CFItems', `Не больше ${CASE_LIMITS.items} элементов в одном пакете`);
  if (errors.length) return { tree: null, errors };

  const items = new Map<string, { index: number; code: string; name: string; notes: string }>();
  (itemsRaw as unknown[]).forEach((it, index) => {
    const at = `CFItems.${index}`;
    if (!isObject(it)) return fail(at, 'Элемент — не объект');
    const id = text(it['identifier']);
    if (!id) return fail(`${at}.identifier`, 'Нет идентификатора элемента (identifier)');
    if (id === docId || items.has(id)) return fail(`${at}.identifier`, `Идентификатор ${id} повторяется`);
    items.set(id, { index, code: text(it['humanCodingScheme']), name: text(it['fullStatement']), notes: text(it['notes']) });
  });

  const parentOf = new Map<string, { parent: string; seq: number; order: number }>();
  (assocRaw as unknown[]).forEach((a, index) => {
    const at = `CFAssociations.${index}`;
    if (!isObject(a)) return fail(at, 'Связь — не объект');
    if (text(a['associationType']) !== 'isChildOf') return; // other kinds (exactMatchOf, isRelatedTo…) carry no tree
    const child = identifierOf(a['originNodeURI']);
    const parent = identifierOf(a['destinationNodeURI']);
    if (!items.has(child)) return fail(`${at}.originNodeURI`, child ? `Нет элемента с идентификатором ${child}` : 'Нет идентификатора дочернего элемента');
    if (parent !== docId && !items.has(parent)) {
      return fail(`${at}.destinationNodeURI`, parent ? `Нет элемента или документа с идентификатором ${parent}` : 'Нет идентификатора родителя');
    }
    if (parentOf.has(child)) return fail(`${at}.originNodeURI`, `У элемента ${child} больше одного родителя (isChildOf)`);
    const seq = typeof a['sequenceNumber'] === 'number' && Number.isFinite(a['sequenceNumber']) ? a['sequenceNumber'] : Number.MAX_SAFE_INTEGER;
    parentOf.set(child, { parent, seq, order: index });
  });
  if (errors.length) return { tree: null, errors };

  const childrenOf = new Map<string, string[]>();
  for (const [child, p] of parentOf) childrenOf.set(p.parent, [...(childrenOf.get(p.parent) ?? []), child]);
  const sorted = (parent: string) =>
    (childrenOf.get(parent) ?? []).sort((x, y) => parentOf.get(x)!.seq - parentOf.get(y)!.seq || parentOf.get(x)!.order - parentOf.get(y)!.order);

  const reached = new Set<string>();
  const node = (id: string, level: keyof typeof NAME_MAX) => {
    reached.add(id);
    const it = items.get(id)!;
    const at = `CFItems.${it.index}`;
    if (!it.code) fail(`${at}.humanCodingScheme`, `Нет кода ${LEVEL_NAME[level]} (humanCodingScheme)`);
    else if (it.code.length > 50) fail(`${at}.humanCodingScheme`, 'Код — не длиннее 50 символов');
    else if (!CODE_PATTERN.test(it.code)) fail(`${at}.humanCodingScheme`, 'Код — буквы, цифры, точка, дефис или подчёркивание, без пробелов');
    if (!it.name) fail(`${at}.fullStatement`, `Нет формулировки ${LEVEL_NAME[level]} (fullStatement)`);
    else if (it.name.length > NAME_MAX[level]) fail(`${at}.fullStatement`, `Формулировка ${LEVEL_NAME[level]} — не длиннее ${NAME_MAX[level]} символов`);
    return { id, code: it.code, name: it.name, notes: it.notes, at };
  };
  const unique = (codes: { code: string; at: string }[], what: string) => {
    const seen = new Set<string>();
    for (const c of codes) {
      if (!c.code) continue;
      if (seen.has(c.code)) fail(`${c.at}.humanCodingScheme`, `Код ${c.code} повторяется среди ${what}`);
      seen.add(c.code);
    }
  };

  const allCompetences: { code: string; at: string }[] = [];
  const areaNodes = sorted(docId).map((areaId) => node(areaId, 'area'));
  unique(areaNodes, 'областей рамки');
  const areas: AreaNode[] = areaNodes.map((a) => {
    const competenceNodes = sorted(a.id).map((cId) => node(cId, 'competence'));
    allCompetences.push(...competenceNodes);
    return {
      caseId: a.id,
      code: a.code,
      name: a.name,
      competences: competenceNodes.map((c) => {
        if (c.notes.length > 5000) fail(`${c.at}.notes`, 'Описание компетенции — не длиннее 5000 символов');
        const indicatorNodes = sorted(c.id).map((iId) => node(iId, 'indicator'));
        unique(indicatorNodes, 'индикаторов компетенции');
        for (const i of indicatorNodes) {
          if (childrenOf.get(i.id)?.length) fail(i.at, 'Слишком глубокая вложенность: у индикатора не может быть дочерних элементов (область → компетенция → индикатор)');
        }
        return { caseId: c.id, code: c.code, name: c.name, description: c.notes, indicators: indicatorNodes.map((i) => ({ caseId: i.id, code: i.code, name: i.name })) };
      }),
    };
  });
  unique(allCompetences, 'компетенций рамки');
  for (const [id, it] of items) {
    if (!reached.has(id) && !errors.some((e) => e.field.startsWith(`CFItems.${it.index}`))) {
      fail(`CFItems.${it.index}`, 'Элемент не связан с документом цепочкой связей isChildOf');
    }
  }
  if (!allCompetences.length && !errors.length) fail('CFItems', 'В пакете нет ни одной компетенции (второй уровень: область → компетенция)');
  if (errors.length) return { tree: null, errors };
  return { tree: { caseId: docId, code: '', name: title, description, areas }, errors };
}
