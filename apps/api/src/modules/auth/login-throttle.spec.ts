import { LoginThrottle } from './login-throttle';

describe('LoginThrottle', () => {
  it('blocks an account after 5 failures, then lets it go after the window', () => {
    let t = 0;
    const th = new LoginThrottle(60_000, 5, 100, () => t);
    for (let i = 0; i < 5; i++) th.fail('ivanova', '1.1.1.1');
    expect(th.blockedFor('ivanova', '2.2.2.2')).toBe(1);
    expect(th.blockedFor('petrov', '1.1.1.1')).toBe(0);
    t = 61_000;
    expect(th.blockedFor('ivanova', '2.2.2.2')).toBe(0);
  });
  it('blocks an address trying many accounts', () => {
    const th = new LoginThrottle(60_000, 5, 3, () => 0);
    th.fail('a', 'x');
    th.fail('b', 'x');
    th.fail('c', 'x');
    expect(th.blockedFor('d', 'x')).toBeGreaterThan(0);
  });
  it('a success clears the account’s failures', () => {
    const th = new LoginThrottle(60_000, 2, 100, () => 0);
    th.fail('a', 'x');
    th.succeed('a');
    th.fail('a', 'x');
    expect(th.blockedFor('a', 'y')).toBe(0);
  });
});
