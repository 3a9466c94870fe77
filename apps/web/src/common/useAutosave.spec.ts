import { describe, expect, it } from 'vitest';
import { effectScope, reactive } from 'vue';
import { waitFor } from '@/test/wait';
import { useAutosave } from './useAutosave';

/** An autosave of `{ text }` whose saves answer from `answers` (true when stored), in order; the rest succeed. */
function setup(answers: boolean[] = []) {
  const state = reactive({ text: 'начало' });
  const sent: string[] = [];
  const scope = effectScope();
  const autosave = scope.run(() =>
    useAutosave({
      value: () => ({ text: state.text }),
      save: async (v) => {
        sent.push(v.text);
        return answers.shift() ?? true;
      },
      enabled: () => true,
      delay: 100,
      retryDelay: 50,
    }),
  )!;
  autosave.markSaved();
  return { state, sent, autosave, stop: () => scope.stop() };
}

describe('useAutosave', () => {
  it('saves once after the user stops changing, with the last value', async () => {
    const a = setup();
    expect(a.autosave.status.value).toBe('idle');
    expect(a.autosave.dirty.value).toBe(false);
    a.state.text = 'н';
    a.state.text = 'на';
    a.state.text = 'нас';
    await waitFor(() => expect(a.autosave.status.value).toBe('pending'));
    expect(a.autosave.dirty.value).toBe(true);
    expect(a.sent).toEqual([]);
    await waitFor(() => expect(a.autosave.status.value).toBe('saved'));
    expect(a.sent).toEqual(['нас']);
    expect(a.autosave.dirty.value).toBe(false);
    a.stop();
  });

  it('retries a failed save, staying dirty (the guard asks) until it is stored', async () => {
    const a = setup([false, false]);
    a.state.text = 'ответ';
    await waitFor(() => expect(a.autosave.status.value).toBe('failed'));
    expect(a.autosave.dirty.value).toBe(true);
    await waitFor(() => expect(a.autosave.status.value).toBe('saved'));
    expect(a.sent).toEqual(['ответ', 'ответ', 'ответ']);
    expect(a.autosave.dirty.value).toBe(false);
    a.stop();
  });

  it('does not save what is already stored, and settles before a submission', async () => {
    const a = setup();
    a.state.text = 'другое';
    a.state.text = 'начало';
    await waitFor(() => expect(a.autosave.status.value).not.toBe('pending'));
    a.state.text = 'перед отправкой';
    await a.autosave.settle();
    a.autosave.markSaved();
    expect(a.autosave.dirty.value).toBe(false);
    expect(a.sent).toEqual([]);
    a.stop();
  });
});
