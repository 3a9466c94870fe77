/** Russian messages of the common form pieces (`form.*`): the unsaved-changes guard, autosave, inline controls. */
export const FORM_MESSAGES = {
  leaveConfirm: 'Есть несохранённые изменения. Уйти со страницы и потерять их?',
  autosave: {
    pending: 'Есть несохранённые изменения',
    saving: 'Сохраняем…',
    saved: 'Черновик сохранён',
    failed: 'Не удалось сохранить черновик — повторим',
  },
};
