/** Headers of the pairs-and-groups list (`mentoring.mentorshipList.*`). */
export const MENTORSHIP_LIST_MESSAGES = {
  title: 'Пары и группы',
  program: 'Программа',
  exportTitle: 'Наставничества',
};
