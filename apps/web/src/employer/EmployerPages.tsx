import { matchPath } from '../app/router';
import { NotFoundPage } from '../common/NotFoundPage';
import { ApplicantsPage } from './ApplicantsPage';
import { EmployerGroupsPage } from './EmployerGroupsPage';
import { EmployerPostingsPage } from './EmployerPostingsPage';
import { EmployerSubsidiesPage } from './EmployerSubsidiesPage';
import { MonthlyConfirmationPage } from './MonthlyConfirmationPage';
import { PlacementsPage } from './PlacementsPage';
import { PostingFormPage } from './PostingFormPage';

/** The employer's pages under /employer/, one chunk loaded when an employer first opens one of them. */
export function EmployerPages({ path }: { path: string }) {
  if (path === '/employer/postings') return <EmployerPostingsPage />;
  if (path === '/employer/postings/new') return <PostingFormPage />;
  if (path === '/employer/placements') return <PlacementsPage />;
  if (path === '/employer/confirm') return <MonthlyConfirmationPage />;
  if (path === '/employer/groups') return <EmployerGroupsPage />;
  if (path === '/employer/subsidies') return <EmployerSubsidiesPage />;
  const edit = matchPath('/employer/postings/:id/edit', path);
  if (edit) return <PostingFormPage postingId={edit.id} />;
  const applicants = matchPath('/employer/postings/:id/applicants', path);
  if (applicants) return <ApplicantsPage postingId={applicants.id} />;
  return <NotFoundPage />;
}
