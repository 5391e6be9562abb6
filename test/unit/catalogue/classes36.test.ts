import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 36, checked with words of neither that set nor probe batch e18.

describe('classes of blind set 36', () => {
  it('reads operating any machine in a laundry as the laundry operator', () => {
    expect(first('mater dynetrekk inn i rulla på vaskeriet')).toBe('8157');
  });
  it('knows workplaces that name the refuse sorter', () => {
    expect(first('jobber på ombruksstasjonen')).toBe('9612');
    expect(first('jobber på avfallsmottaket')).toBe('9612');
  });
  it('knows the English key holder of a shop', () => {
    expect(first('keyholder')).toBe('5222');
  });
  it('reads rounds and samples on a chemical plant as the process operator', () => {
    expect(first('runderer i anlegget på Noretyl')).toBe('8131');
  });
  it('reads cleaning at an industrial workplace as the cleaner', () => {
    expect(first('skurer dusjrommene på verkstedet')).toBe('9112');
  });
  it('reads an old generic title at a plant by the plant', () => {
    expect(first('reparatør på stålverket')).toBe('7233');
    expect(first('arbeider på gjødselfabrikken')).toBe('8131');
  });
  it('reads a costume at a theme park as the performer', () => {
    expect(first('har på seg kostyme i temaparken')).toBe('2659');
  });
  it('reads customs paperwork as the forwarding agent', () => {
    expect(first('fyller ut tolldeklarasjoner')).toBe('3331');
  });
  it('reads rigging sound or light as the audiovisual technician', () => {
    expect(first('rigger lydanlegg i kulturhuset')).toBe('3521');
  });
  it('knows church and port managers and the gate guard', () => {
    expect(first('fellesrådsleder')).toBe('1219');
    expect(first('havnedirektør')).toBe('1324');
    expect(first('registrerer besøkende i porten')).toBe('5414');
  });
});
