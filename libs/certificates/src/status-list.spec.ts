import { gzipSync } from 'node:zlib';
import { decodeStatusList, encodeStatusList, isSet, MIN_STATUS_LIST_SIZE } from './status-list';

describe('Bitstring Status List encoding', () => {
  it.each([
    [[], [0, 1, 131_071]],
    [[0], [1, 7, 8]],
    [
      [7, 8],
      [0, 6, 9],
    ],
    [[131_071], [131_070, 0]],
  ])('sets exactly the bits %p', (revoked, clear) => {
    const bits = decodeStatusList(encodeStatusList(revoked));
    expect(bits.length * 8).toBe(MIN_STATUS_LIST_SIZE);
    for (const index of revoked) expect(isSet(bits, index)).toBe(true);
    for (const index of clear) expect(isSet(bits, index)).toBe(false);
  });

  it('puts index 0 in the most significant bit of the first byte, as the spec says', () => {
    expect(decodeStatusList(encodeStatusList([0]))[0]).toBe(0x80);
    expect(decodeStatusList(encodeStatusList([9]))[1]).toBe(0x40);
  });

  it('is multibase base64url of gzip', () => {
    const encoded = encodeStatusList([3]);
    expect(encoded).toMatch(/^u[A-Za-z0-9_-]+$/);
  });

  it.each([[-1], [MIN_STATUS_LIST_SIZE], [1.5]])('refuses index %p', (index) => {
    expect(() => encodeStatusList([index])).toThrow(RangeError);
  });

  it('refuses what is not a list, and a gzip bomb', () => {
    expect(() => decodeStatusList('not base64url!')).toThrow();
    expect(() => decodeStatusList('uAAAA')).toThrow();
    const bomb = `u${gzipSync(Buffer.alloc(64 * 1024 * 1024)).toString('base64url')}`;
    expect(() => decodeStatusList(bomb)).toThrow();
  });

  it('reads an index outside the list as not set', () => {
    expect(isSet(Buffer.alloc(1, 0xff), 8)).toBe(false);
  });
});
