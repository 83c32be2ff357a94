import { lazy, Suspense, useCallback, useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { Nav } from '../common/Nav';
import { NotFoundPage } from '../common/NotFoundPage';
import { SearchPage } from '../seeker/SearchPage';
import { createClient } from './client';
import { matchPath, useLocation } from './router';
import { SessionProvider } from './session';

// The search page is the first page of most visitors and is in the main bundle; every other page loads on demand,
// so a job seeker on a weak connection downloads only what the first page needs (test/browser/bundle-budget).
const SignInPage = lazy(() => import('../common/SignInPage').then((m) => ({ default: m.SignInPage })));
const PostingPage = lazy(() => import('../seeker/PostingPage').then((m) => ({ default: m.PostingPage })));
const MinePage = lazy(() => import('../seeker/MinePage').then((m) => ({ default: m.MinePage })));
const RegisterHelpPage = lazy(() => import('../seeker/RegisterHelpPage').then((m) => ({ default: m.RegisterHelpPage })));
const WorkspacePage = lazy(() => import('../workspace/WorkspacePage').then((m) => ({ default: m.WorkspacePage })));
const EmployerPages = lazy(() => import('../employer/EmployerPages').then((m) => ({ default: m.EmployerPages })));
const AgentPages = lazy(() => import('../agent/AgentPages').then((m) => ({ default: m.AgentPages })));
const BureauPages = lazy(() => import('../bureau/BureauPages').then((m) => ({ default: m.BureauPages })));

function route(path: string): ReactNode {
  if (path === '/' || path === '/search') return <SearchPage />;
  if (path === '/login') return <SignInPage />;
  if (path === '/me') return <MinePage />;
  if (path === '/register-help') return <RegisterHelpPage />;
  if (path === '/workspace') return <WorkspacePage />;
  if (path.startsWith('/employer/')) return <EmployerPages path={path} />;
  if (path.startsWith('/agent/')) return <AgentPages path={path} />;
  if (path === '/bureau' || path.startsWith('/bureau/')) return <BureauPages path={path} />;
  const posting = matchPath('/postings/:id', path);
  if (posting) return <PostingPage id={posting.id} />;
  return <NotFoundPage />;
}

export function App() {
  const [client, setClient] = useState(createClient);
  const location = useLocation();
  // A new client on every sign-in and sign-out: its cache belonged to the previous account.
  const onSessionChange = useCallback(() => setClient(createClient()), []);
  return (
    <SessionProvider onChange={onSessionChange}>
      <Provider value={client}>
        <Nav />
        <Suspense fallback={<p className="loading">加载中…</p>}>{route(location.pathname)}</Suspense>
      </Provider>
    </SessionProvider>
  );
}
