import { useQuery } from 'urql';
import { shownError } from '../../app/errors';
import { Link } from '../../app/router';
import { ErrorAlert } from '../../common/ErrorAlert';
import { KIND_LABELS, wageRange } from '../../common/labels';
import { graphql } from '../../gql';
import type { ApplicationStatus } from '../../gql/graphql';
import { Section } from './Section';

const recommendationsDocument = graphql(`
  query MyRecommendations($workerId: ID!) {
    recommendPostings(workerId: $workerId, first: 10) {
      reasons
      posting {
        id
        title
        kind
        wageMin
        wageMax
        region {
          fullName
        }
        # The worker's own application to it, if any (batched by the server: no query per posting)
        myApplication {
          status
        }
      }
    }
  }
`);

/** A recommendation the worker already acted on says so, as the search results do (a withdrawn one does not). */
const applied = (status: ApplicationStatus | undefined) => status !== undefined && status !== 'WITHDRAWN' && status !== 'CANCELLED';

/** 为我推荐: open postings ranked for the worker; the server writes one short Chinese reason per factor (为什么推荐). */
export function MyRecommendations({ workerId }: { workerId: string }) {
  const [{ data, error, fetching }] = useQuery({ query: recommendationsDocument, variables: { workerId } });
  return (
    <Section id="mine-recommendations" title="为我推荐">
      {!data && (error ? <ErrorAlert error={shownError(error)} /> : <p className="loading">{fetching ? '加载中…' : ''}</p>)}
      {data && data.recommendPostings.length === 0 && (
        <p className="hint">
          暂时没有适合您的岗位。<Link href="/">去找工作</Link>
        </p>
      )}
      {data && data.recommendPostings.length > 0 && (
        <ul className="results">
          {data.recommendPostings.map(({ posting, reasons }) => (
            <li key={posting.id} className="card mine-item">
              <Link href={`/postings/${posting.id}`} className="title">
                {posting.title}
              </Link>
              <div>
                <span className="badge">{KIND_LABELS[posting.kind]}</span>
                <span className="wage">{wageRange(posting.wageMin, posting.wageMax)}</span>
                {applied(posting.myApplication?.status) && <span className="ok"> 已申请</span>}
              </div>
              <div className="muted">{posting.region.fullName}</div>
              {reasons.length > 0 && (
                <div className="mine-reasons">
                  <span className="mine-label" id={`why-${posting.id}`}>
                    为什么推荐
                  </span>
                  <ul aria-labelledby={`why-${posting.id}`}>
                    {reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
