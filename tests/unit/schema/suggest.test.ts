import { describe, expect, it } from 'vitest';
import { closestMatch, suggestion, unknownIdMessage } from '../../../src/schema/suggest.ts';
import { SEVERITIES } from '../../../src/schema/vocabulary.ts';

const SERVICES = ['payments-api', 'checkout', 'search', 'notifications'];

describe('did you mean', () => {
  it('is offered only when the input is close to one valid value', () => {
    expect(closestMatch('sev1', SEVERITIES)).toBe('SEV1');
    expect(closestMatch('paymnets-api', SERVICES)).toBe('payments-api');
    expect(closestMatch('chekout', SERVICES)).toBe('checkout');
    expect(closestMatch('serch', SERVICES)).toBe('search');
  });

  it('is not offered for SEV5, which is as far from SEV1 as from SEV4: the valid values are listed instead', () => {
    expect(closestMatch('SEV5', SEVERITIES)).toBeUndefined();
    expect(suggestion('SEV5', SEVERITIES)).toBe('known: SEV1, SEV2, SEV3, SEV4');
  });

  it('is not offered for a wholly different word', () => {
    expect(closestMatch('banana', SERVICES)).toBeUndefined();
    expect(closestMatch('database', SERVICES)).toBeUndefined();
    expect(unknownIdMessage('service', 'banana', SERVICES, 'content/services.yaml')).toBe(
      'unknown service "banana" (not in content/services.yaml); known: payments-api, checkout, search, notifications',
    );
  });

  it('is not offered when two valid values are equally close', () => {
    expect(closestMatch('team-c', ['team-a', 'team-b'])).toBeUndefined();
  });
});
