import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 267 (an HR adviser at a grocery wholesaler among its writers), checked with other words than
// that set's: «sykemeldte» spelt with -e-, a title after «arbeider som» that is a verb form too, prices and agreements
// negotiated with suppliers, an assistant on a kindergarten's department.

describe('classes of blind set 267', () => {
  it('reads «sykemeldte» as «sykmeldte», not as sick people («syke|meldte»)', () => {
    expect(first('rekrutterer elektrikere og følger opp sykemeldte')).toBe('2423');
    expect(first('følger opp sykemeldte på Nav-kontoret')).toBe('3353');
  });

  it('reads the word after «arbeider som» as the title, though it is a verb form as well', () => {
    expect(first('arbeider som maler i et byggfirma på Voss')).toBe('7131');
    expect(first('en som maler hus og hytter')).toBe('7131');
  });

  it('buys when the agreements are made with the suppliers, sells when with the chains', () => {
    expect(first('forhandler priser og avtaler med leverandørene av kjøtt')).toBe('3323');
    expect(first('forhandler avtaler med dagligvarekjedene')).toBe('3322');
  });

  it('keeps an assistant on a kindergarten department an assistant', () => {
    expect(first('assistent på avdelinga for dei eldste i barnehagen')).toBe('5311');
    expect(first('pedagogisk leiar på ei avdeling i barnehagen')).toBe('2342');
  });
});
