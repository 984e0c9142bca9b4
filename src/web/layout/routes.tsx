/**
 * All routes. Pages are loaded on demand (React.lazy) so the first download stays small; the
 * guards (setup → sign-in → app) are in the shared chunk because every visit needs them.
 */
import { lazy, type ComponentType } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { AppLayout } from './app-layout.js';
import { NotFoundPage } from './not-found-page.js';
import { PublicLayout } from './public-layout.js';
import { RootGate } from './root-gate.js';
import { RouteErrorPage } from './route-error-page.js';

/** React.lazy for a module's named export (our files export names, not defaults). */
function page<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const SetupPage = page(() => import('../setup/setup-page.js'), 'SetupPage');
const LoginPage = page(() => import('../auth/login-page.js'), 'LoginPage');
const InvitePage = page(() => import('../auth/invite-page.js'), 'InvitePage');
const ResetPasswordPage = page(() => import('../auth/reset-password-page.js'), 'ResetPasswordPage');
const DashboardPage = page(() => import('../dashboard/dashboard-page.js'), 'DashboardPage');
const CampaignsPage = page(() => import('../campaigns/campaigns-page.js'), 'CampaignsPage');
const NewCampaignPage = page(() => import('../campaigns/new-campaign-page.js'), 'NewCampaignPage');
const CampaignPage = page(() => import('../campaigns/campaign-page.js'), 'CampaignPage');
const StagePage = page(() => import('../stages/stage-page.js'), 'StagePage');
const SettingsPage = page(() => import('../settings/settings-page.js'), 'SettingsPage');
const RecommendationsPage = page(() => import('../recommendations/recommendations-page.js'), 'RecommendationsPage');
const RecommendationDrawer = page(() => import('../recommendations/recommendation-detail.js'), 'RecommendationDrawer');
const TargetFinderPage = page(() => import('../targets/target-finder-page.js'), 'TargetFinderPage');
const DocumentBuilderPage = page(() => import('../document/document-builder-page.js'), 'DocumentBuilderPage');
const OutreachBoardPage = page(() => import('../outreach/outreach-board-page.js'), 'OutreachBoardPage');
const OutcomeImportPage = page(() => import('../outcome/outcome-import-page.js'), 'OutcomeImportPage');
const MatchingPage = page(() => import('../outcome/matching-page.js'), 'MatchingPage');
const ScoreboardPage = page(() => import('../outcome/scoreboard-page.js'), 'ScoreboardPage');
const ResponsesPage = page(() => import('../outcome/responses-page.js'), 'ResponsesPage');
const MonitoringPage = page(() => import('../monitoring/monitoring-page.js'), 'MonitoringPage');

export const routes: RouteObject[] = [
  {
    element: <RootGate />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: 'setup', element: <SetupPage /> },
          { path: 'login', element: <LoginPage /> },
          { path: 'invite/:token', element: <InvitePage /> },
          { path: 'reset-password/:token', element: <ResetPasswordPage /> },
        ],
      },
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <Navigate to="/dashboard" replace /> },
          { path: 'dashboard', element: <DashboardPage /> },
          { path: 'campaigns', element: <CampaignsPage /> },
          { path: 'campaigns/new', element: <NewCampaignPage /> },
          { path: 'campaigns/:id', element: <CampaignPage /> },
          { path: 'campaigns/:id/stages/:stageKey', element: <StagePage /> },
          { path: 'campaigns/:id/targets', element: <TargetFinderPage /> },
          { path: 'campaigns/:id/document', element: <DocumentBuilderPage /> },
          { path: 'campaigns/:id/outreach', element: <OutreachBoardPage /> },
          { path: 'campaigns/:id/outcome', element: <OutcomeImportPage /> },
          { path: 'campaigns/:id/outcome/matching', element: <MatchingPage /> },
          { path: 'campaigns/:id/outcome/scoreboard', element: <ScoreboardPage /> },
          { path: 'campaigns/:id/outcome/responses', element: <ResponsesPage /> },
          { path: 'campaigns/:id/monitoring', element: <MonitoringPage /> },
          {
            path: 'recommendations',
            element: <RecommendationsPage />,
            // The detail opens in a drawer over the search it came from.
            children: [{ path: ':id', element: <RecommendationDrawer /> }],
          },
          { path: 'settings', element: <SettingsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
