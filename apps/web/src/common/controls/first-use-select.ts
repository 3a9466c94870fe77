import type { Component } from 'vue';

/** An option of a first-use picker: an object whose `optionLabel` and `optionValue` fields the picker reads. */
export type PickerOption = object;

export interface PickerLabelInput {
  modelValue: unknown;
  options: readonly PickerOption[];
  optionLabel: string;
  optionValue: string;
  multiple?: boolean;
  placeholder?: string;
  maxSelectedLabels?: number;
  /** PrimeVue's locale `selectionMessage` («Выбрано: {0}»): a MultiSelect's text past `maxSelectedLabels`. */
  selectionMessage?: string;
}

/** The props of `FirstUseSelect.vue`: PrimeVue's Select's (and, with `multiple`, MultiSelect's) that the filter bars use. */
export interface FirstUsePickerProps extends Omit<PickerLabelInput, 'selectionMessage'> {
  ariaLabel?: string;
  ariaLabelledby?: string;
  showClear?: boolean;
  filter?: boolean;
  loading?: boolean;
  disabled?: boolean;
}

/** What the closed picker shows, the way PrimeVue's Select and MultiSelect compute it; `placeholder` when it shows the placeholder. */
export interface PickerLabel {
  text: string;
  placeholder: boolean;
  filled: boolean;
}

const labelOf = (input: PickerLabelInput, value: unknown): string | undefined => {
  const field = (o: PickerOption, key: string) => (o as Record<string, unknown>)[key];
  const option = input.options.find((o) => field(o, input.optionValue) === value);
  return option === undefined ? undefined : String(field(option, input.optionLabel) ?? '');
};

/**
 * The closed picker's text: a Select shows its option's label (or the placeholder, or nothing); a MultiSelect the
 * labels joined by «, », or `selectionMessage` with the count when more than `maxSelectedLabels` are chosen.
 */
export function pickerLabel(input: PickerLabelInput): PickerLabel {
  const { modelValue, placeholder } = input;
  if (input.multiple) {
    const values = Array.isArray(modelValue) ? modelValue : [];
    if (!values.length) return { text: placeholder ?? '', placeholder: placeholder !== undefined, filled: false };
    if (input.maxSelectedLabels !== undefined && values.length > input.maxSelectedLabels) {
      const message = input.selectionMessage ?? '{0}';
      return { text: message.replace(/{(.*?)}/, String(values.length)), placeholder: false, filled: true };
    }
    return { text: values.map((v) => labelOf(input, v) ?? String(v)).join(', '), placeholder: false, filled: true };
  }
  const filled = modelValue !== null && modelValue !== undefined;
  const label = filled ? labelOf(input, modelValue) : undefined;
  if (label !== undefined) return { text: label, placeholder: false, filled };
  return { text: placeholder ?? '', placeholder: placeholder !== undefined, filled };
}

let select: Promise<Component> | null = null;
let multiSelect: Promise<Component> | null = null;

/**
 * PrimeVue's Select or MultiSelect, loaded once (the `pickers` chunk) when a first-use picker is first pointed at,
 * focused or used; a failed load (offline) is tried again on the next use.
 */
export function loadPicker(multiple: boolean): Promise<Component> {
  const load = multiple
    ? (multiSelect ??= import('primevue/multiselect').then((m) => m.default as Component))
    : (select ??= import('primevue/select').then((m) => m.default as Component));
  return load.catch((err: unknown) => {
    if (multiple) multiSelect = null;
    else select = null;
    throw err;
  });
}
