import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { RouteLocationRaw } from 'vue-router';
import { useSessionStore } from '@/modules/auth/session.store';
import { deficitsEntry } from '@/modules/deficits/deficits-menu';
import { networkPages } from '@/modules/network/network-menu';
import { routePages } from '@/modules/route/route-menu';

export interface MenuEntry {
  key: string;
  label: string;
  icon: string;
  to: RouteLocationRaw;
  /** Marked only on its own page (`/` is the parent of every page, so «Главная» would be marked everywhere). */
  exact?: boolean;
  /** Sub-pages, shown indented under the entry. */
  children?: MenuEntry[];
}

/** Side menu entries the signed-in user may open: by the permissions the API sent (`me.permissions`), never by role. */
export function useMenu() {
  const { t } = useI18n();
  const session = useSessionStore();

  /** The mentor base for staff; «Мои наставничества» for anyone whose account is a person (mentors, teachers). */
  function mentoringPages(): MenuEntry[] {
    const pages: MenuEntry[] = [];
    if (session.can('MENTORING_WRITE')) pages.push({ key: 'mentors', label: t('menu.mentors'), icon: 'pi pi-id-card', to: { name: 'mentors' } });
    if (session.can('MATCHING')) pages.push({ key: 'matching', label: t('matching.menu'), icon: 'pi pi-arrow-right-arrow-left', to: { name: 'matching' } });
    if (session.me?.personId) pages.push({ key: 'my-mentorships', label: t('menu.myMentorships'), icon: 'pi pi-heart', to: { name: 'my-mentorships' } });
    return pages;
  }

  return computed<MenuEntry[]>(() => {
    const entries: MenuEntry[] = [
      ...(session.can('DASHBOARD_READ') ? [{ key: 'dashboard', label: t('dashboard.menu'), icon: 'pi pi-chart-line', to: { name: 'dashboard-territory' } }] : []),
      { key: 'home', label: t('home.menu'), icon: 'pi pi-home', to: { name: 'home' }, exact: true },
      { key: 'organizations', label: t('menu.organizations'), icon: 'pi pi-building', to: { name: 'organizations' } },
      { key: 'people', label: t('menu.people'), icon: 'pi pi-users', to: { name: 'people' } },
      { key: 'networks', label: t('menu.networks'), icon: 'pi pi-share-alt', to: { name: 'networks' }, children: networkPages(session.can('REGISTRY_WRITE'), t) },
      { key: 'associations', label: t('menu.associations'), icon: 'pi pi-comments', to: { name: 'associations' } },
      { key: 'events', label: t('event.menu'), icon: 'pi pi-calendar', to: { name: 'events' } },
      ...(session.can('EVENT_READ') ? [{ key: 'calendar', label: t('calendar.menu'), icon: 'pi pi-calendar', to: { name: 'calendar' } }] : []),
      // From «what does this teacher lack» to «who and what will close it»: instruments, diagnostics, deficits, routes, mentors.
      { key: 'competences', label: t('competence.menu'), icon: 'pi pi-sitemap', to: { name: 'competence-frameworks' } },
      { key: 'instruments', label: t('instrument.menu'), icon: 'pi pi-list-check', to: { name: 'instruments' } },
    ];
    const runsDiagnostics = session.can('DIAGNOSTICS_WRITE');
    if (runsDiagnostics) entries.push({ key: 'diagnostics', label: t('diagnostics.menu.campaigns'), icon: 'pi pi-chart-bar', to: { name: 'diagnostic-campaigns' } });
    if (session.me?.personId) entries.push({ key: 'my-diagnostics', label: t('diagnostics.menu.my'), icon: 'pi pi-check-square', to: { name: 'my-diagnostics' } });
    if (runsDiagnostics || session.me?.personId) entries.push(deficitsEntry(t, runsDiagnostics, !!session.me?.personId));
    entries.push(
      { key: 'routes', label: t('route.menu.routes'), icon: 'pi pi-map', to: { name: 'routes' }, children: routePages(session.me?.personId ?? null, t) },
      { key: 'mentoring', label: t('menu.mentoring'), icon: 'pi pi-user-plus', to: { name: 'mentoring-programs' }, children: mentoringPages() },
      { key: 'staging', label: t('staging.menu'), icon: 'pi pi-briefcase', to: { name: 'staging-sites' } },
    );
    if (session.can('INTERNSHIP_READ')) entries.push({ key: 'internships', label: t('internship.menu'), icon: 'pi pi-graduation-cap', to: { name: 'my-internships' } });
    if (session.me?.personId) entries.push({ key: 'my-hours', label: t('growth.menu'), icon: 'pi pi-clock', to: { name: 'my-hours' } });
    if (session.can('PLAN_READ')) entries.push({ key: 'plans', label: t('plan.menu'), icon: 'pi pi-list', to: { name: 'plans' } });
    if (session.can('DOCUMENT_READ')) entries.push({ key: 'documents', label: t('document.menu'), icon: 'pi pi-book', to: { name: 'documents' } });
    if (session.can('TERRITORY_MANAGE')) entries.push({ key: 'municipalities', label: t('territory.menu'), icon: 'pi pi-map', to: { name: 'municipalities' } });
    if (session.can('API_CLIENT_MANAGE')) entries.push({ key: 'api-clients', label: t('apiClient.menu'), icon: 'pi pi-key', to: { name: 'api-clients' } });
    if (session.can('PRACTICE_READ')) {
      entries.push({ key: 'practices', label: t('practice.menu'), icon: 'pi pi-book', to: { name: 'practices' } });
      if (session.can('PRACTICE_REVIEW')) entries.push({ key: 'practice-review', label: t('practice.reviewMenu'), icon: 'pi pi-verified', to: { name: 'practice-review' } });
      entries.push({ key: 'products', label: t('practice.productsMenu'), icon: 'pi pi-file', to: { name: 'products' } });
    }
    if (session.can('INDICATOR_READ')) entries.push({ key: 'indicators', label: t('indicator.menu'), icon: 'pi pi-chart-line', to: { name: 'indicators' } });
    if (session.can('REPORT_ORDER')) entries.push({ key: 'reports', label: t('report.menu'), icon: 'pi pi-file-export', to: { name: 'reports' } });
    if (session.can('REGISTRY_IMPORT')) entries.push({ key: 'import', label: t('menu.import'), icon: 'pi pi-upload', to: { name: 'import' } });
    if (session.can('AUDIT_READ')) entries.push({ key: 'audit', label: t('audit.menu'), icon: 'pi pi-history', to: { name: 'audit-log' } });
    return entries;
  });
}
