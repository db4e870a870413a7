import { lazy, Suspense, useEffect, type ComponentType, type LazyExoticComponent } from 'react';
import { activeMembership } from '../api/session';
import { describeError } from '../api/describe-error';
import { GuidanceOverridesProvider } from '../guidance/overrides';
import { useDocumentTitle, useI18n } from '../i18n/i18n-context';
import { AppFrame } from '../layout/app-frame';
import { availableModules, MODULES } from '../modules/registry';
import { HomePage } from '../pages/home-page';
import { NotFoundPage } from '../pages/not-found-page';
import { SignInPage } from '../pages/sign-in-page';
import { AccountPage } from '../pages/account/account-page';
import { SignInStepPage } from '../pages/account/sign-in-step-page';
import { safeNextPath, useRouter } from './router';
import { useSession } from './session-context';

const SIGN_IN = '/sign-in';
/** Pages anyone may open without signing in (issue 4: the public data request form). */
const PUBLIC_PAGES: ReadonlyMap<string, LazyExoticComponent<ComponentType>> = new Map([
  ['/request', lazy(() => import('../pages/sharing/public-request-page'))],
  ['/public/directory', lazy(() => import('../pages/directory/public-directory-page'))],
  ['/public/snapshot', lazy(() => import('../pages/publications/public-snapshot-page'))],
]);

/** Pages of the frame itself, loaded on first visit (the first-load budget). */
const OrganisationsPage = lazy(() =>
  import('../pages/organisations/organisations-page').then((m) => ({ default: m.OrganisationsPage })),
);
const TokensPage = lazy(() => import('../pages/account/tokens-page'));

/** One lazily loaded page per module that exists (loaded on first visit). */
const modulePages: ReadonlyMap<string, LazyExoticComponent<ComponentType>> = new Map(
  MODULES.filter((m) => m.exists && m.load).map((m) => [m.path, lazy(m.load!)]),
);

function Loading() {
  const { t } = useI18n();
  useDocumentTitle(t.t('title.loading'));
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {t.t('common.loading')}
    </div>
  );
}

function BootFailed({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useI18n();
  return (
    <main id="main" className="signin-main">
      <div className="card alert" role="alert">
        <p>{t.t('boot.failed', { reason: describeError(t, error) })}</p>
        <button type="button" className="button button-primary" onClick={retry}>
          {t.t('common.retry')}
        </button>
      </div>
    </main>
  );
}

function SignedInRoutes({ pathname }: { pathname: string }) {
  const { state } = useSession();
  const role = state.status === 'authenticated' ? activeMembership(state.session)?.role : undefined;
  const isAdmin = state.status === 'authenticated' && state.session.user.isAdmin;
  if (pathname === '/') return <HomePage />;
  if (pathname === '/account') return <AccountPage />;
  const FramePage =
    pathname === '/organisations' ? OrganisationsPage : pathname === '/account/tokens' ? TokensPage : null;
  if (FramePage) {
    return (
      <Suspense fallback={<Loading />}>
        <FramePage />
      </Suspense>
    );
  }
  const module = availableModules(MODULES, { role, isAdmin }).find(
    (m) => pathname === m.path || pathname.startsWith(`${m.path}/`),
  );
  const Page = module ? modulePages.get(module.path) : undefined;
  if (Page) {
    return (
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    );
  }
  return <NotFoundPage />;
}

export function App() {
  const { state, reload } = useSession();
  const { location, navigate } = useRouter();
  const onSignIn = location.pathname === SIGN_IN;
  const PublicPage = PUBLIC_PAGES.get(location.pathname);

  useEffect(() => {
    if (state.status === 'anonymous' && !onSignIn && !PublicPage) {
      const here = location.pathname + location.search;
      const keep = state.notice !== 'signed-out' && here !== '/';
      navigate(keep ? `${SIGN_IN}?next=${encodeURIComponent(here)}` : SIGN_IN, { replace: true });
    } else if (state.status === 'authenticated' && onSignIn && !state.session.pending) {
      navigate(safeNextPath(new URLSearchParams(location.search).get('next')), { replace: true });
    }
  }, [state, onSignIn, location, navigate, PublicPage]);

  if (PublicPage) {
    return (
      <Suspense fallback={<Loading />}>
        <PublicPage />
      </Suspense>
    );
  }

  switch (state.status) {
    case 'loading':
      return <Loading />;
    case 'failed':
      return <BootFailed error={state.error} retry={reload} />;
    case 'anonymous':
      return onSignIn ? <SignInPage notice={state.notice} /> : <Loading />;
    case 'authenticated':
      // A sign-in step left (second factor, required enrolment, new password) comes before any page.
      if (state.session.pending) return <SignInStepPage pending={state.session.pending} />;
      return onSignIn ? (
        <Loading />
      ) : (
        <GuidanceOverridesProvider>
          <AppFrame>
            <SignedInRoutes pathname={location.pathname} />
          </AppFrame>
        </GuidanceOverridesProvider>
      );
  }
}
