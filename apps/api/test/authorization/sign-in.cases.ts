import { OperationCases } from '../support/operation-cases';

const Q = { signInOptions: '{ signInOptions { passwordLogin providerLabel providerUrl } }' };

/** How the installation signs people in: open to everyone (the sign-in page reads it before anyone is signed in). */
export const SIGN_IN_CASES: OperationCases<Record<string, never>> = {
  signInOptions: {
    allowed: { as: 'teacher.filippov', query: Q.signInOptions, check: (d) => expect(d['signInOptions']).toEqual({ passwordLogin: true, providerLabel: null, providerUrl: null }) },
    anonymous: { query: Q.signInOptions, expect: 'PASSES' },
  },
};
