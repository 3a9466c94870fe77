import { GqlResult } from './test-app';

const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { token } }';

export interface SignInAnswer {
  status: number;
  code: string;
  retryAfter: string | null;
  body: GqlResult<{ login: { token: string } }>;
}

/** One sign-in over HTTP, with extra headers (X-Forwarded-For); the code is OK on success. */
export async function signIn(url: string, login: string, password: string, headers: Record<string, string> = {}): Promise<SignInAnswer> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: LOGIN, variables: { i: { login, password } } }),
  });
  const body = (await res.json()) as SignInAnswer['body'];
  return { status: res.status, code: body.errors?.[0]?.extensions?.code ?? (body.data?.login ? 'OK' : 'NONE'), retryAfter: res.headers.get('retry-after'), body };
}

export const countCodes = (answers: SignInAnswer[]) =>
  answers.reduce<Record<string, number>>((acc, a) => ({ ...acc, [a.code]: (acc[a.code] ?? 0) + 1 }), {});
