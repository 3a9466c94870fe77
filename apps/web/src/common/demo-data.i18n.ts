/** Russian strings of the demo-data marker (records invented for the demo, not stated in a source programme). */
export const DEMO_DATA_MESSAGES = {
  badge: 'демонстрационные данные',
  explanation:
    'Этой записи нет в исходных программах: она придумана для демонстрации Методсети. Настоящие организации и люди из программ показаны без этой пометки и только с тем, что в программах сказано.',
};
