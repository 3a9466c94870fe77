/** Russian messages of the dashboards (`dashboard.*`). */
export const dashboardMessages = {
  menu: 'Панель показателей',
  territory: { title: 'Панель показателей территории' },
  network: { title: 'Панель показателей сети' },
  programme: { title: 'Панель показателей программы' },
};
