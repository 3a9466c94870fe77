import { IsInt, IsString, Min, validate } from 'class-validator';
import { cacheValidationMetadata } from './metadata-cache';

describe('cacheValidationMetadata', () => {
  beforeAll(() => cacheValidationMetadata());

  it('validates as before, inherited rules included, and sees classes decorated after the first validation', async () => {
    class Base {
      @IsInt()
      @Min(1)
      first!: number;
    }
    const base = Object.assign(new Base(), { first: 0 });
    expect((await validate(base)).map((e) => e.property)).toEqual(['first']);
    expect(await validate(Object.assign(new Base(), { first: 3 }))).toEqual([]);

    // Declared after Base was validated (and cached): its own rule and the inherited one both apply.
    class Child extends Base {
      @IsString()
      name!: string;
    }
    const errors = await validate(Object.assign(new Child(), { first: 0, name: 5 }));
    expect(errors.map((e) => e.property).sort()).toEqual(['first', 'name']);
    expect(await validate(Object.assign(new Child(), { first: 2, name: 'x' }))).toEqual([]);
    // Base's own answer did not change with the new class.
    expect((await validate(base)).map((e) => e.property)).toEqual(['first']);
  });

  it('strips properties without rules (whitelist) the same way on repeated calls', async () => {
    class Args {
      @IsInt()
      n!: number;
    }
    for (let i = 0; i < 3; i++) {
      const a = Object.assign(new Args(), { n: 1, extra: 'x' });
      expect(await validate(a, { whitelist: true })).toEqual([]);
      expect(a).toEqual({ n: 1 });
    }
  });
});
