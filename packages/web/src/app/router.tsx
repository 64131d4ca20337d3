import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';
import { PageLoader } from '../ui/page-loader';
import { LanguageFollowsProfile } from './language-follows-profile';
import { reloadForNewBuild } from './reload-after-deploy';
import { RouteError } from './route-error';

/**
 * A page's script that cannot be loaded is most likely of a build replaced since this page was
 * loaded (a deploy): the page loads the new build, once (`reloadForNewBuild`), rather than show
 * an error. A failure that a reload does not mend reaches the route's error page as any other.
 */
function reloadingForNewBuild(routes: RouteObject[]): RouteObject[] {
  return routes.map((route) => {
    const { lazy, children } = route;
    const withChildren = children ? { ...route, children: reloadingForNewBuild(children) } : route;
    if (typeof lazy !== 'function') return withChildren;
    return {
      ...withChildren,
      lazy: () =>
        lazy().catch((error: unknown) => {
          // The page being opened (a link followed), or this one when it is the first to load.
          const opening = router.state.navigation.location;
          const to = opening ? opening.pathname + opening.search + opening.hash : undefined;
          return reloadForNewBuild(window, to) ? new Promise<never>(() => {}) : Promise.reject(error);
        }),
    } as RouteObject;
  });
}

/**
 * Every page is its own chunk, loaded when first visited, so that the first download stays
 * small. The signed-in shell is one more chunk around the signed-in pages.
 */
export const router = createBrowserRouter(reloadingForNewBuild([
  {
    element: (
      <>
        <LanguageFollowsProfile />
        <Outlet />
      </>
    ),
    errorElement: <RouteError />,
    HydrateFallback: PageLoader,
    children: [
      { path: 'signin', lazy: async () => ({ Component: (await import('../features/session/sign-in-page')).SignInPage }) },
      { path: 'signup', lazy: async () => ({ Component: (await import('../features/session/sign-up-page')).SignUpPage }) },
      {
        path: 'invite/:token',
        lazy: async () => ({
          Component: (await import('../features/invitations/accept-invitation-page')).AcceptInvitationPage,
        }),
      },
      {
        path: 'forgot-password',
        lazy: async () => ({ Component: (await import('../features/security/forgot-password-page')).ForgotPasswordPage }),
      },
      {
        path: 'reset-password',
        lazy: async () => ({ Component: (await import('../features/security/reset-password-page')).ResetPasswordPage }),
      },
      {
        path: 'feedback/:token',
        lazy: async () => ({ Component: (await import('../features/feedback/stakeholder-page')).StakeholderPage }),
      },
      {
        lazy: async () => ({ Component: (await import('./app-shell')).SignedInLayout }),
        children: [
          { index: true, lazy: async () => ({ Component: (await import('../features/engagements/home-page')).HomePage }) },
          {
            path: 'engagements/:id',
            lazy: async () => ({ Component: (await import('../features/engagements/engagement-page')).EngagementPage }),
          },
          {
            path: 'engagements/:id/goals/new',
            lazy: async () => ({ Component: (await import('../features/goals/new-goal-page')).NewGoalPage }),
          },
          {
            path: 'engagements/:id/reviews',
            lazy: async () => ({ Component: (await import('../features/reviews/review-summary-page')).ReviewSummaryPage }),
          },
          { path: 'goals/:id', lazy: async () => ({ Component: (await import('../features/goals/goal-page')).GoalPage }) },
          {
            path: 'goals/:id/change',
            lazy: async () => ({ Component: (await import('../features/goals/revise-goal-page')).ReviseGoalPage }),
          },
          { path: 'sessions/:id', lazy: async () => ({ Component: (await import('../features/sessions/session-page')).SessionPage }) },
          { path: 'practice', lazy: async () => ({ Component: (await import('../features/practice/practice-page')).PracticePage }) },
          { path: 'audit', lazy: async () => ({ Component: (await import('../features/security/audit-log-page')).AuditLogPage }) },
          { path: 'profile', lazy: async () => ({ Component: (await import('../features/profile/profile-page')).ProfilePage }) },
          { path: '*', lazy: async () => ({ Component: (await import('./not-found-page')).NotFoundPage }) },
        ],
      },
    ],
  },
]));
