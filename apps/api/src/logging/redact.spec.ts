import { redactPersonalData } from './redact.js';

describe('redactPersonalData', () => {
  it('masks ID numbers and mobile numbers inside any text', () => {
    expect(redactPersonalData('id=52010219900307001X ok')).toBe('id=520102********001X ok');
    expect(redactPersonalData('{"phone":"13812345678"}')).toBe('{"phone":"138****5678"}');
  });

  it('leaves other numbers alone', () => {
    expect(redactPersonalData('took 1234 ms, region 520102, uuid 4f1c9a7e-0000')).toBe('took 1234 ms, region 520102, uuid 4f1c9a7e-0000');
  });
});
