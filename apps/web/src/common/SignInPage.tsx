import { useState, type SyntheticEvent } from 'react';
import { useMutation } from 'urql';
import { shownError } from '../app/errors';
import { navigate, Link } from '../app/router';
import { homeOf, useSession } from '../app/session';
import { graphql } from '../gql';
import { ErrorAlert } from './ErrorAlert';

const loginDocument = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      accessToken
      account {
        username
        role
        workerId
        organizationId
        regionCode
      }
    }
  }
`);

/** 用户名, 密码, 登录 (docs/ui-names.md); after signing in each role lands on its home (search or the workspace). */
export function SignInPage() {
  const { signIn } = useSession();
  const [{ fetching, error }, login] = useMutation(loginDocument);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const next = new URL(window.location.href).searchParams.get('next');

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const result = await login({ input: { username: username.trim(), password } });
    if (!result.data) return;
    const { accessToken, account } = result.data.login;
    signIn({ token: accessToken, ...account });
    // Only a path of this site: //host or an absolute address would send the signed-in user elsewhere.
    navigate(next && /^\/(?![/\\])/.test(next) ? next : homeOf(account.role), { replace: true });
  };

  return (
    <main className="narrow">
      <h1>登录</h1>
      <form onSubmit={(event) => void submit(event)} className="stack">
        <label>
          用户名
          <input name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required />
        </label>
        <label>
          密码
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        <ErrorAlert error={shownError(error)} />
        <button type="submit" disabled={fetching}>
          登录
        </button>
      </form>
      <p className="hint">
        还没有账号？<Link href="/register-help">怎样登记求职</Link>
      </p>
    </main>
  );
}
