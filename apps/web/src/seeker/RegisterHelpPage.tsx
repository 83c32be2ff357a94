import { useState } from 'react';
import { useQuery } from 'urql';
import { problemOf, shownError } from '../app/errors';
import { Link } from '../app/router';
import { ErrorAlert } from '../common/ErrorAlert';
import { ORGANIZATION_KIND_LABELS } from '../common/labels';
import { choiceOf, RegionPicker, type RegionChoice } from '../common/RegionPicker';
import { graphql } from '../gql';
import type { RegistrationHelpQuery } from '../gql/graphql';

const helpDocument = graphql(`
  query RegistrationHelp($regionCode: String!) {
    registrationHelp(regionCode: $regionCode) {
      county {
        code
        name
        fullName
      }
      agencies {
        id
        name
        kind
        contactPhone
        address
      }
      agencyLimit
    }
  }
`);

/**
 * A job seeker cannot register an ID number themself (a county bureau or a verified agency does it, with the
 * papers in hand): this page says where to go in the county the seeker picks, with the contact agencies published.
 */
export function RegisterHelpPage() {
  const [choice, setChoice] = useState<RegionChoice>(choiceOf(null));
  // A city without counties (东莞市) is a county itself: asked as the city until a county is picked.
  const code = choice.county || choice.city;
  const [{ data, error, fetching }] = useQuery({ query: helpDocument, variables: { regionCode: code }, pause: !code });
  const shown = shownError(error);
  const needsCounty = Boolean(shown && problemOf(shown, 'regionCode') && !choice.county);

  return (
    <main className="narrow">
      <h1>怎样登记求职</h1>
      <p>
        为保护您的身份证号，求职登记由户籍所在县（区）的人力资源和社会保障局（人社局）或经认定的劳务机构办理，网上不能自行注册。 请带上<strong>身份证</strong>和
        <strong>户口簿</strong>前往，登记后工作人员会给您账号。
      </p>
      <form className="stack" onSubmit={(event) => event.preventDefault()}>
        <fieldset className="filters">
          <legend>您的户籍所在地</legend>
          <RegionPicker anyLabel="请选择" value={choice} onChange={setChoice} />
        </fieldset>
      </form>
      {!code && <p className="hint">请先选择省、市、县。</p>}
      {needsCounty && <p className="hint">请再选择县（区）。</p>}
      {!needsCounty && <ErrorAlert error={shown} />}
      {fetching && <p className="loading">加载中…</p>}
      {data && code && <HelpFor help={data.registrationHelp} />}
      <p>
        已有账号？<Link href="/login">登录</Link>
      </p>
    </main>
  );
}

function HelpFor({ help }: { help: RegistrationHelpQuery['registrationHelp'] }) {
  return (
    <section aria-labelledby="where-to-go" className="stack">
      <h2 id="where-to-go">到哪里登记</h2>
      <p>
        请到 <strong>{help.county.fullName}</strong> 人力资源和社会保障局{help.agencies.length > 0 && '，或下列经认定的机构'}登记。
      </p>
      {help.agencies.length === 0 ? (
        <p className="hint">本县暂无在平台登记的劳务机构，请直接到县人社局。</p>
      ) : (
        <ul className="results" aria-label="可以办理登记的机构">
          {help.agencies.map((agency) => (
            <li key={agency.id} className="card">
              <strong>{agency.name}</strong> <span className="badge">{ORGANIZATION_KIND_LABELS[agency.kind]}</span>
              <div className="muted">
                {agency.contactPhone ? (
                  <>
                    电话：<a href={`tel:${agency.contactPhone}`}>{agency.contactPhone}</a>
                  </>
                ) : (
                  '未留电话'
                )}
                {agency.address && ` · 地址：${agency.address}`}
              </div>
            </li>
          ))}
        </ul>
      )}
      {help.agencies.length >= help.agencyLimit && <p className="hint">只列出前 {help.agencyLimit} 家机构。</p>}
    </section>
  );
}
