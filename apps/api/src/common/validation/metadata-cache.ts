import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

type Storage = ReturnType<typeof getMetadataStorage> & {
  getTargetValidationMetadatas(target: Function, schema: string, always: boolean, strictGroups: boolean, groups?: string[]): ValidationMetadata[];
  groupByPropertyName(metadata: ValidationMetadata[]): Record<string, ValidationMetadata[]>;
  addValidationMetadata(metadata: ValidationMetadata): void;
  addConstraintMetadata(metadata: unknown): void;
};

let installed = false;

/**
 * Memoizes class-validator's per-class metadata lookups. `getTargetValidationMetadatas` walks every class that has
 * validation metadata (`instanceof` against each, for inherited rules) on every `validate()` call: with the API's
 * hundreds of DTO classes that was most of the cost of validating a list's arguments (args, filter, order: three
 * objects per request). The answer depends only on the class and the options, and changes only when metadata is
 * added (at class definition, i.e. at start-up), so it is cached per class and options and the cache is dropped
 * whenever metadata is added. The arrays returned are shared: class-validator only reads them.
 */
export function cacheValidationMetadata(): void {
  if (installed) return;
  installed = true;
  const storage = getMetadataStorage() as Storage;
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const addValidation = storage.addValidationMetadata.bind(storage);
  const addConstraint = storage.addConstraintMetadata.bind(storage);
  let byTarget = new Map<unknown, Map<string, ValidationMetadata[]>>();
  let grouped = new WeakMap<ValidationMetadata[], Record<string, ValidationMetadata[]>>();
  const clear = () => {
    byTarget = new Map();
    grouped = new WeakMap();
  };
  storage.addValidationMetadata = (metadata) => {
    clear();
    addValidation(metadata);
  };
  storage.addConstraintMetadata = (metadata) => {
    clear();
    addConstraint(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema ?? ''}\u0000${always ? 1 : 0}\u0000${strictGroups ? 1 : 0}\u0000${groups?.join('\u0001') ?? ''}`;
    let forTarget = byTarget.get(target);
    if (!forTarget) byTarget.set(target, (forTarget = new Map()));
    let found = forTarget.get(key);
    if (!found) forTarget.set(key, (found = lookup(target, schema, always, strictGroups, groups)));
    return found;
  };
  storage.groupByPropertyName = (metadata) => {
    let found = grouped.get(metadata);
    if (!found) grouped.set(metadata, (found = group(metadata)));
    return found;
  };
}
