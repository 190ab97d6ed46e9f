import {
  STATUS_LIST_SIZE,
  statusListPosition,
  statusListRange,
  statusListUrl,
  verifyUrl,
} from './certificate-status';

describe('certificate status lists', () => {
  it.each([
    [0, { list: 1, index: 0 }],
    [STATUS_LIST_SIZE - 1, { list: 1, index: STATUS_LIST_SIZE - 1 }],
    [STATUS_LIST_SIZE, { list: 2, index: 0 }],
    [2 * STATUS_LIST_SIZE + 5, { list: 3, index: 5 }],
  ])('global index %p is %p', (statusIndex, position) => {
    expect(statusListPosition(statusIndex)).toEqual(position);
    const { from, to } = statusListRange(position.list);
    expect(statusIndex).toBeGreaterThanOrEqual(from);
    expect(statusIndex).toBeLessThan(to);
  });

  it('builds the URLs from PUBLIC_URL, with or without a trailing slash', () => {
    expect(statusListUrl('https://a.example/', 2)).toBe(
      'https://a.example/api/v1/credentials/status/2',
    );
    expect(verifyUrl('https://a.example', 'K7QM-3XRD-WP9T')).toBe(
      'https://a.example/verify/K7QM-3XRD-WP9T',
    );
  });
});
