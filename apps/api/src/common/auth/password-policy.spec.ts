import { passwordWeakness } from './password-policy';

describe('passwordWeakness', () => {
  it.each([
    ['short', 'too_short'],
    ['elevenchars', 'too_short'],
    ['x'.repeat(257), 'too_long'],
    ['password1234', 'too_common'],
    ['PASSWORD1234', 'too_common'],
    ['qwertyuiop123', 'too_common'],
    ['correct horse battery staple', null],
    ['Vélo-cargo à Lyon 2026', null],
  ])('%p: %p', (password, weakness) => {
    expect(passwordWeakness(password)).toBe(weakness);
  });
});
