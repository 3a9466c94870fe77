import type { AreaInput, CompetenceInput, IndicatorInput } from '@/gql/graphql';
import { fieldChecker } from '@/common/form-fields';

/** The levels of a framework's tree. */
export type NodeKind = 'area' | 'competence' | 'indicator';

/** What is being edited inline: a new child of `targetId`, or the node `targetId` itself. */
export interface TreeEditing {
  kind: NodeKind;
  mode: 'add' | 'edit';
  targetId: string;
}

export interface NodeFormState {
  code: string;
  name: string;
  description: string;
}

/** The same rule as the API: letters, digits, dot, dash, underscore; starts with a letter or digit. */
export const CODE_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

export const isNodeField = fieldChecker(['code', 'name', 'description']);
export const emptyNodeForm = (): NodeFormState => ({ code: '', name: '', description: '' });
export const nodeFormFrom = (n: { code: string; name: string; description?: string }): NodeFormState => ({ code: n.code, name: n.name, description: n.description ?? '' });

export function validateNodeForm(form: NodeFormState, m: { required: string; code: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  const code = form.code.trim();
  if (!code) errors['code'] = m.required;
  else if (!CODE_PATTERN.test(code)) errors['code'] = m.code;
  if (!form.name.trim()) errors['name'] = m.required;
  return errors;
}

export const toAreaInput = (f: NodeFormState): AreaInput => ({ code: f.code.trim(), name: f.name.trim() });
export const toCompetenceInput = (f: NodeFormState): CompetenceInput => ({ code: f.code.trim(), name: f.name.trim(), description: f.description.trim() });
export const toIndicatorInput = (f: NodeFormState): IndicatorInput => ({ code: f.code.trim(), name: f.name.trim() });

/** A suggested code for a new child: the parent's code and the next number («SH2» → «SH2.4»). */
export function suggestCode(parentCode: string | null, siblings: readonly { code: string }[]): string {
  if (!parentCode) return `A${siblings.length + 1}`;
  const taken = new Set(siblings.map((s) => s.code));
  let n = siblings.length + 1;
  while (taken.has(`${parentCode}.${n}`)) n += 1;
  return `${parentCode}.${n}`;
}
